import type { StorageDriver } from './storage-driver.js';

/** Options of a presigned URL. */
export interface PresignOptions {
  /**
   * Seconds the URL stays valid.
   * @default 900
   */
  expiresIn?: number;
  /** For `presignWrite`: the MIME type the uploader must send (it is part of the signature on S3). */
  contentType?: string;
}

/** Where and how a client uploads directly. */
export interface PresignedWrite {
  url: string;
  /** Headers the `PUT` must carry (`Content-Type` on S3, `x-ms-blob-type` on Azure). */
  headers: Record<string, string>;
}

/** A driver that can hand out URLs a client uses directly, without going through Plinth. */
export interface PresignAbility {
  /** A URL that answers `GET` with the object. */
  presignRead(key: string, options?: PresignOptions): Promise<string>;
  /** A URL that stores the body of a `PUT` under `key`, with the headers the uploader must send. */
  presignWrite(key: string, options?: PresignOptions): Promise<PresignedWrite>;
}

/** Whether `driver` can presign URLs. */
export function supportsPresign(driver: StorageDriver): driver is StorageDriver & PresignAbility {
  const candidate = driver as Partial<PresignAbility>;
  return typeof candidate.presignRead === 'function' && typeof candidate.presignWrite === 'function';
}
