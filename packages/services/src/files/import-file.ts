import { posix } from 'node:path';
import { InvalidPayloadError, isPlinthError, ServiceUnavailableError } from '@plinth/errors';
import type { PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { assertWriteAccess } from '../items/lib/write-target.js';
import { callerPermissions } from '../permissions/caller-permissions.js';
import type { FilesRuntime } from './files-runtime.js';
import { createAddressGuard } from './lib/create-address-guard.js';
import { fetchPublicUrl } from './lib/fetch-public-url.js';
import { filesContext } from './lib/files-context.js';
import { uploadFile } from './upload-file.js';

/** The body of `POST /files/import`. */
export interface FileImport {
  url: unknown;
  /** `directus_files` fields for the new file. */
  data?: unknown;
}

function nameFromUrl(url: string): string {
  const name = posix.basename(decodeURIComponent(new URL(url).pathname));
  return name === '' || name === '/' ? 'file' : name;
}

/**
 * Downloads a URL into a new file (`POST /files/import {url, data}`): the caller's create access is
 * checked before any request goes out; only public addresses are reached (see `fetchPublicUrl`); the
 * body streams into storage like an upload, under the same size limit and type allow-list, within
 * `IMPORT_TIMEOUT`. The name comes from the URL's path, the type from `Content-Type`. Returns the key.
 *
 * @throws INVALID_PAYLOAD for a missing or non-http URL or non-object `data`; SERVICE_UNAVAILABLE (503)
 * when the URL cannot be fetched or may not be reached; the errors of `uploadFile`.
 */
export async function importFile(
  ctx: ServiceContext,
  runtime: FilesRuntime,
  input: FileImport,
): Promise<PrimaryKey> {
  if (typeof input.url !== 'string' || input.url === '')
    throw new InvalidPayloadError({ reason: '"url" is required' });
  const data = input.data ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InvalidPayloadError({ reason: '"data" must be of type object' });
  }
  const base = filesContext(ctx);
  await callerPermissions(base);
  assertWriteAccess(base, 'directus_files', 'create');

  const options = runtime.import;
  const signal = AbortSignal.timeout(options.timeoutMs);
  const response = await fetchPublicUrl(input.url, {
    guard: createAddressGuard(options.denyList, options.allowList),
    signal,
    maxRedirects: options.maxRedirects ?? 5,
  });
  const type = (response.headers['content-type'] ?? 'application/octet-stream').split(';')[0]!.trim();
  try {
    return await uploadFile(ctx, runtime, {
      stream: response,
      filename: nameFromUrl(input.url),
      type,
      fields: data as Record<string, unknown>,
    });
  } catch (error) {
    if (isPlinthError(error)) throw error;
    // The download broke off (remote hung up, IMPORT_TIMEOUT): the upload removed what it stored.
    throw new ServiceUnavailableError(
      { service: 'external-file', reason: `Couldn't fetch file from URL: ${(error as Error).message}` },
      { cause: error },
    );
  } finally {
    response.destroy();
  }
}
