import { Readable } from 'node:stream';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type PutObjectCommandInput,
  type S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import {
  assertByteRange,
  assertStorageKey,
  assertStoragePrefix,
  type CopyAbility,
  isStorageError,
  measureStream,
  type PresignAbility,
  type StorageDriver,
  StorageErrorCode,
  toRootPrefix,
} from '@plinth/storage';
import { createS3Client } from './lib/create-s3-client.js';
import { rangeOvershoot, sliceStream } from './lib/slice-stream.js';
import { toS3StorageError } from './lib/to-s3-storage-error.js';
import type { S3DriverOptions } from './s3-driver-options.js';

/** The S3 driver: the core interface plus server-side copy and presigned URLs. */
export type S3Driver = StorageDriver & CopyAbility & PresignAbility;

const DEFAULT_EXPIRY_SECONDS = 900;

/**
 * A driver storing objects in an S3 bucket (AWS or any S3-compatible service), under an optional
 * `root` prefix. Writes stream through a multipart upload, holding at most `partSize × queueSize`
 * bytes, and are visible only once complete. The client is created on first use.
 */
export function createS3Driver(options: S3DriverOptions): S3Driver {
  if (!options.bucket) throw new TypeError('The S3 driver needs a bucket.');
  if (Boolean(options.key) !== Boolean(options.secret)) {
    throw new TypeError('The S3 driver needs both key and secret, or neither.');
  }
  const prefix = toRootPrefix(options.root);
  const Bucket = options.bucket;
  let client: S3Client | undefined;
  const s3 = () => (client ??= createS3Client(options));

  const objectKey = (key: string) => prefix + assertStorageKey(key);
  const send = async <T>(key: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw toS3StorageError(key, error);
    }
  };
  const writeParams = (key: string, contentType: string | undefined): PutObjectCommandInput => ({
    Bucket,
    Key: objectKey(key),
    ...(contentType ? { ContentType: contentType } : {}),
    ...(options.acl ? { ACL: options.acl as PutObjectCommandInput['ACL'] } : {}),
    ...(options.serverSideEncryption
      ? {
          ServerSideEncryption: options.serverSideEncryption as PutObjectCommandInput['ServerSideEncryption'],
        }
      : {}),
    ...(options.serverSideEncryptionKmsKeyId ? { SSEKMSKeyId: options.serverSideEncryptionKmsKeyId } : {}),
  });

  const driver: S3Driver = {
    async read(key, range) {
      const Key = objectKey(key);
      if (range) assertByteRange(range, key);
      const Range = range ? `bytes=${range.start ?? 0}-${range.end ?? ''}` : undefined;
      try {
        const answer = await send(key, () => s3().send(new GetObjectCommand({ Bucket, Key, Range })));
        const body = answer.Body as Readable;
        const overshoot = range && rangeOvershoot(range, answer.ContentRange);
        return overshoot ? body.pipe(sliceStream(overshoot.skip, overshoot.length)) : body;
      } catch (error) {
        // S3 refuses any range on an empty object; the interface reads it as nothing from byte 0.
        const fromZero = !range?.start;
        if (fromZero && isStorageError(error, StorageErrorCode.RangeNotSatisfiable)) return Readable.from([]);
        throw error;
      }
    },

    async write(key, body, writeOptions = {}) {
      const params = writeParams(key, writeOptions.contentType);
      const measured = measureStream(body);
      const upload = new Upload({
        client: s3(),
        params: { ...params, Body: measured.stream },
        partSize: options.partSize ?? 8 * 1024 * 1024,
        queueSize: options.queueSize ?? 2,
      });
      await upload.done();
      return { size: measured.bytes() };
    },

    async delete(key) {
      const Key = objectKey(key);
      await send(key, () => s3().send(new DeleteObjectCommand({ Bucket, Key })));
    },

    async stat(key) {
      const Key = objectKey(key);
      const head = await send(key, () => s3().send(new HeadObjectCommand({ Bucket, Key })));
      return { size: head.ContentLength ?? 0, modified: head.LastModified ?? new Date(0) };
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
      const Prefix = prefix + assertStoragePrefix(listPrefix);
      let ContinuationToken: string | undefined;
      do {
        const page = await s3().send(new ListObjectsV2Command({ Bucket, Prefix, ContinuationToken }));
        for (const { Key } of page.Contents ?? []) {
          if (Key && !Key.endsWith('/')) yield Key.slice(prefix.length);
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },

    async copy(from, to) {
      const source = objectKey(from);
      const params = writeParams(to, undefined);
      // CopySource is a URL path: each segment encoded, so `+`, `#` and `?` survive.
      const CopySource = `${Bucket}/${source.split('/').map(encodeURIComponent).join('/')}`;
      await send(from, () => s3().send(new CopyObjectCommand({ ...params, CopySource })));
    },

    async move(from, to) {
      await driver.copy(from, to);
      await driver.delete(from);
    },

    async presignRead(key, presign = {}) {
      const command = new GetObjectCommand({ Bucket, Key: objectKey(key) });
      return getSignedUrl(s3(), command, { expiresIn: presign.expiresIn ?? DEFAULT_EXPIRY_SECONDS });
    },

    async presignWrite(key, presign = {}) {
      const command = new PutObjectCommand(writeParams(key, presign.contentType));
      const url = await getSignedUrl(s3(), command, {
        expiresIn: presign.expiresIn ?? DEFAULT_EXPIRY_SECONDS,
      });
      return { url, headers: presign.contentType ? { 'content-type': presign.contentType } : {} };
    },
  };
  return driver;
}
