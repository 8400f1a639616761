import type { Readable } from 'node:stream';

/**
 * A byte range to read, both ends inclusive as in an HTTP `Range` header: `{ start: 0, end: 9 }` is the
 * first ten bytes. A missing `start` means 0; a missing `end`, or one past the last byte, means the
 * end of the object. A `start` past the last byte is refused with `STORAGE_RANGE_NOT_SATISFIABLE`.
 */
export interface ByteRange {
  start?: number;
  end?: number;
}

/** What {@link StorageDriver.stat} tells about one object. */
export interface StorageStat {
  /** Size in bytes. */
  size: number;
  /** When the object was last written. */
  modified: Date;
}

/** Options of {@link StorageDriver.write}. */
export interface WriteOptions {
  /** MIME type stored with the object where the backend keeps one (S3, Azure, GCS). */
  contentType?: string;
}

/** What {@link StorageDriver.write} reports once every byte is stored. */
export interface WriteResult {
  /** Bytes written. */
  size: number;
}

/**
 * The interface every storage backend implements. Keys are `/`-separated relative paths checked by
 * `assertStorageKey`; a driver refuses any key that would leave its root with `STORAGE_INVALID_KEY`,
 * and answers a missing object with `STORAGE_NOT_FOUND`. Optional abilities (presigned URLs,
 * chunked writes, server-side copy) are separate interfaces detected with `supports*` guards.
 */
export interface StorageDriver {
  /** Streams an object, or the given byte range of it. Rejects with `STORAGE_NOT_FOUND` when missing. */
  read(key: string, range?: ByteRange): Promise<Readable>;
  /**
   * Stores everything `body` yields under `key`, replacing any object there. Readers never see a
   * half-written object: the old one (or none) until the write completes. When `body` fails, nothing
   * is left behind.
   */
  write(key: string, body: Readable, options?: WriteOptions): Promise<WriteResult>;
  /** Removes an object; removing one that is not there is not an error. */
  delete(key: string): Promise<void>;
  /** Size and modification time. Rejects with `STORAGE_NOT_FOUND` when missing. */
  stat(key: string): Promise<StorageStat>;
  /** Whether an object is stored under `key`. */
  exists(key: string): Promise<boolean>;
  /**
   * Every key that starts with `prefix` (plain string prefix: `'a'` matches `a/x` and `ab`), in no set
   * order. Keys are relative to the driver's root, the same form `read` takes.
   */
  list(prefix?: string): AsyncIterable<string>;
}
