import type { Readable } from 'node:stream';

/** One file part of a multipart body (or a downloaded import), with the text fields sent before it. */
export interface FileUpload {
  /** The bytes, consumed once. */
  stream: Readable;
  /** The name the client gave; becomes `filename_download` and the default title. */
  filename: string;
  /** The part's MIME type; becomes `type`. */
  type: string;
  /** The `directus_files` fields sent before the file (`title`, `folder`, `storage`, ...). */
  fields: Readonly<Record<string, unknown>>;
}
