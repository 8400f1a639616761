import { Readable } from 'node:stream';
import {
  BlobSASPermissions,
  BlobServiceClient,
  type ContainerClient,
  StorageSharedKeyCredential,
} from '@azure/storage-blob';
import {
  assertByteRange,
  assertStorageKey,
  assertStoragePrefix,
  type CopyAbility,
  isStorageError,
  measureStream,
  type PresignAbility,
  type StorageDriver,
  StorageError,
  StorageErrorCode,
  toRootPrefix,
} from '@plinth/storage';
import type { AzureDriverOptions } from './azure-driver-options.js';
import { toAzureStorageError } from './lib/to-azure-storage-error.js';

/** The Azure driver: the core interface plus server-side copy and presigned (SAS) URLs. */
export type AzureDriver = StorageDriver & CopyAbility & PresignAbility;

const DEFAULT_EXPIRY_SECONDS = 900;

/**
 * A driver storing objects as block blobs in one Azure container, under an optional `root` prefix.
 * Writes stream in blocks and are committed at the end, so readers see the old blob or the whole new
 * one. The client is created on first use.
 */
export function createAzureDriver(options: AzureDriverOptions): AzureDriver {
  for (const name of ['containerName', 'accountName', 'accountKey'] as const) {
    if (!options[name]) throw new TypeError(`The Azure driver needs ${name}.`);
  }
  const prefix = toRootPrefix(options.root);
  let container: ContainerClient | undefined;
  const blobs = () => {
    if (container) return container;
    const credential = new StorageSharedKeyCredential(options.accountName, options.accountKey);
    const endpoint = options.endpoint ?? `https://${options.accountName}.blob.core.windows.net`;
    container = new BlobServiceClient(endpoint, credential).getContainerClient(options.containerName);
    return container;
  };
  const blob = (key: string) => blobs().getBlockBlobClient(prefix + assertStorageKey(key));
  const send = async <T>(key: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw toAzureStorageError(key, error);
    }
  };
  const expiresOn = (seconds = DEFAULT_EXPIRY_SECONDS) => new Date(Date.now() + seconds * 1000);

  const driver: AzureDriver = {
    async read(key, range) {
      const client = blob(key);
      if (range) assertByteRange(range, key);
      const offset = range?.start ?? 0;
      const count = range?.end === undefined ? undefined : range.end - offset + 1;
      const answer = await send(key, () => client.download(offset, count));
      // Azure answers 416 for a start past the end; Azurite sends nothing instead. Only that case is empty.
      if (offset > 0 && answer.contentLength === 0) {
        throw new StorageError(
          StorageErrorCode.RangeNotSatisfiable,
          `The range is past the end of "${key}".`,
          {
            key,
          },
        );
      }
      return (answer.readableStreamBody as Readable | undefined) ?? Readable.from([]);
    },

    async write(key, body, writeOptions = {}) {
      const client = blob(key);
      const measured = measureStream(body);
      await client.uploadStream(
        measured.stream,
        options.blockSize ?? 4 * 1024 * 1024,
        options.concurrency ?? 2,
        {
          ...(writeOptions.contentType
            ? { blobHTTPHeaders: { blobContentType: writeOptions.contentType } }
            : {}),
        },
      );
      return { size: measured.bytes() };
    },

    async delete(key) {
      const client = blob(key);
      await send(key, () => client.deleteIfExists());
    },

    async stat(key) {
      const client = blob(key);
      const properties = await send(key, () => client.getProperties());
      return { size: properties.contentLength ?? 0, modified: properties.lastModified ?? new Date(0) };
    },

    async exists(key) {
      try {
        await driver.stat(key);
        return true;
      } catch (error) {
        if (isStorageError(error, StorageErrorCode.NotFound)) return false;
        throw error;
      }
    },

    async *list(listPrefix = '') {
      const full = prefix + assertStoragePrefix(listPrefix);
      for await (const item of blobs().listBlobsFlat({ prefix: full })) yield item.name.slice(prefix.length);
    },

    async copy(from, to) {
      const source = blob(from);
      const target = blob(to);
      // Inside one account the destination's shared key authorizes reading the source.
      await send(from, async () => (await target.beginCopyFromURL(source.url)).pollUntilDone());
    },

    async move(from, to) {
      await driver.copy(from, to);
      await driver.delete(from);
    },

    async presignRead(key, presign = {}) {
      const permissions = BlobSASPermissions.parse('r');
      return blob(key).generateSasUrl({ permissions, expiresOn: expiresOn(presign.expiresIn) });
    },

    async presignWrite(key, presign = {}) {
      const permissions = BlobSASPermissions.parse('cw');
      const url = await blob(key).generateSasUrl({ permissions, expiresOn: expiresOn(presign.expiresIn) });
      return {
        url,
        headers: {
          'x-ms-blob-type': 'BlockBlob',
          ...(presign.contentType ? { 'content-type': presign.contentType } : {}),
        },
      };
    },
  };
  return driver;
}
