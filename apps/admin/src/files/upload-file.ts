import type { FileInfo } from './file-types.js';
import { FILE_FIELDS } from './file-types.js';

/** What {@link uploadFile} needs besides the file. */
export interface UploadOptions {
  /** The folder to put the file in; the root when absent. */
  folder?: string | null;
  /** Called as bytes go out, with the share sent (0 to 1). */
  onProgress?: (share: number) => void;
}

/** A refused upload, with the API's first error message. */
export class UploadError extends Error {}

/**
 * Sends one file to `POST /files` as multipart form data and resolves with its record. It uses
 * `XMLHttpRequest` because only its `upload` events report how many bytes went out; the session
 * cookie authenticates it like every other request.
 */
export function uploadFile(file: File, { folder, onProgress }: UploadOptions = {}): Promise<FileInfo> {
  const form = new FormData();
  if (folder) form.append('folder', folder);
  form.append('file', file, file.name);
  const request = new XMLHttpRequest();
  return new Promise((resolve, reject) => {
    request.open('POST', `/files?fields=${FILE_FIELDS.join(',')}`);
    request.withCredentials = true;
    request.responseType = 'json';
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      const body = request.response as { data?: FileInfo; errors?: Array<{ message?: string }> } | null;
      if (request.status >= 200 && request.status < 300 && body?.data) {
        onProgress?.(1);
        resolve(body.data);
      } else {
        reject(new UploadError(body?.errors?.[0]?.message ?? `Upload failed (${request.status}).`));
      }
    });
    request.addEventListener('error', () => reject(new UploadError('The upload was interrupted.')));
    request.send(form);
  });
}
