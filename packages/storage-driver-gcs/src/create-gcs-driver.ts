import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  type Bucket,
  type GetFilesOptions,
  type GetFilesResponse,
  Storage,
  type StorageOptions,
} from '@google-cloud/storage';
import {
  assertStorageKey,
  assertStoragePrefix,
  type CopyAbility,
  measureStream,
  type PresignAbility,
  resolveByteRange,
  type StorageDriver,
  toRootPrefix,
} from '@plinth/storage';
import type { GcsDriverOptions } from './gcs-driver-options.js';
import { toGcsStorageError } from './lib/to-gcs-storage-error.js';

/** The GCS driver: the core interface plus server-side copy and presigned (V4 signed) URLs. */
export type GcsDriver = StorageDriver & CopyAbility & PresignAbility;

const DEFAULT_EXPIRY_SECONDS = 900;

const toStorageOptions = (options: GcsDriverOptions): StorageOptions => ({
  ...(options.keyFilename ? { keyFilename: options.keyFilename } : {}),
  ...(options.credentials ? { credentials: options.credentials } : {}),
  ...(options.projectId ? { projectId: options.projectId } : {}),
  ...(options.apiEndpoint ? { apiEndpoint: options.apiEndpoint } : {}),
});

/**
 * A driver storing objects in a Google Cloud Storage bucket, under an optional `root` prefix. Uploads
 * stream through a resumable upload and become visible once finalized. The client is created on
 * first use. Untested against live GCS: see the package README.
 */
export function createGcsDriver(options: GcsDriverOptions): GcsDriver {
  if (!options.bucket) throw new TypeError('The GCS driver needs a bucket.');
  const prefix = toRootPrefix(options.root);
  let bucket: Bucket | undefined;
  const gcs = () => (bucket ??= new Storage(toStorageOptions(options)).bucket(options.bucket));
  const file = (key: string) => gcs().file(prefix + assertStorageKey(key));
  const send = async <T>(key: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw toGcsStorageError(key, error);
    }
  };
  const expires = (seconds = DEFAULT_EXPIRY_SECONDS) => Date.now() + seconds * 1000;

  const driver: GcsDriver = {
    async read(key, range) {
      const object = file(key);
      // The read stream reports a missing object only once read; asking first gives a clear error.
      const { size } = await driver.stat(key);
      const { start, end } = resolveByteRange(range ?? {}, size, key);
      if (end < start) return Readable.from([]);
      return object.createReadStream({ start, end });
    },

    async write(key, body, writeOptions = {}) {
      const object = file(key);
      const measured = measureStream(body);
      const upload = object.createWriteStream({
        resumable: true,
        ...(writeOptions.contentType ? { contentType: writeOptions.contentType } : {}),
      });
      await pipeline(measured.stream, upload);
      return { size: measured.bytes() };
    },

    async delete(key) {
      const object = file(key);
      await send(key, () => object.delete({ ignoreNotFound: true }));
    },

    async stat(key) {
      const object = file(key);
      const [metadata] = await send(key, () => object.getMetadata());
      return { size: Number(metadata.size ?? 0), modified: new Date(metadata.updated ?? 0) };
    },

    async exists(key) {
      const object = file(key);
      const [exists] = await send(key, () => object.exists());
      return exists;
    },

    async *list(listPrefix = '') {
      let query: GetFilesOptions | null = {
        prefix: prefix + assertStoragePrefix(listPrefix),
        autoPaginate: false,
        maxResults: 1000,
      };
      while (query) {
        const page: GetFilesResponse = await gcs().getFiles(query);
        for (const { name } of page[0]) yield name.slice(prefix.length);
        query = (page[1] as GetFilesOptions | null | undefined) ?? null;
      }
    },

    async copy(from, to) {
      const source = file(from);
      const target = file(to);
      await send(from, () => source.copy(target));
    },

    async move(from, to) {
      const source = file(from);
      const target = file(to);
      await send(from, () => source.move(target));
    },

    async presignRead(key, presign = {}) {
      const [url] = await file(key).getSignedUrl({
        version: 'v4',
        action: 'read',
        expires: expires(presign.expiresIn),
      });
      return url;
    },

    async presignWrite(key, presign = {}) {
      const [url] = await file(key).getSignedUrl({
        version: 'v4',
        action: 'write',
        expires: expires(presign.expiresIn),
        ...(presign.contentType ? { contentType: presign.contentType } : {}),
      });
      return { url, headers: presign.contentType ? { 'content-type': presign.contentType } : {} };
    },
  };
  return driver;
}
