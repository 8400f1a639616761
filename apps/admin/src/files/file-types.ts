/** A file as `GET /files` returns it (the parts the app reads). */
export interface FileInfo {
  id: string;
  title: string | null;
  description: string | null;
  type: string | null;
  filesize: number | string | null;
  width: number | null;
  height: number | null;
  filename_download: string;
  folder: string | null;
  uploaded_on: string | null;
}

/** A folder as `GET /folders` returns it. */
export interface FolderInfo {
  id: string;
  name: string;
  parent: string | null;
}

/** The fields of `directus_files` the library reads. */
export const FILE_FIELDS = [
  'id',
  'title',
  'description',
  'type',
  'filesize',
  'width',
  'height',
  'filename_download',
  'folder',
  'uploaded_on',
] as const;
