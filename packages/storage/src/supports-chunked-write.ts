import type { Readable } from 'node:stream';
import type { JsonValue } from '@plinth/env';
import type { StorageDriver, WriteOptions, WriteResult } from './storage-driver.js';

/**
 * An unfinished chunked write. Plain JSON, so it can be stored between requests (a tus upload spans
 * many) and handed back to the same driver later, in another process if need be.
 */
export interface ChunkedWrite {
  /** The key the object appears under once finished. */
  key: string;
  /** Bytes received so far; the next chunk must start here. */
  offset: number;
  /** What the driver needs to resume (an upload id, block ids, a temporary file name). */
  state: { [name: string]: JsonValue };
}

/**
 * A driver that assembles an object from chunks sent at different times (resumable uploads). The object
 * is not readable under its key until `finishChunkedWrite`.
 */
export interface ChunkedWriteAbility {
  /** Smallest size every chunk but the last must have (5 MiB on S3). */
  readonly minChunkSize: number;
  /** Opens a chunked write at offset 0. */
  startChunkedWrite(key: string, options?: WriteOptions): Promise<ChunkedWrite>;
  /**
   * Appends `body` at `upload.offset` and returns the write advanced past it. Rejects with
   * `STORAGE_CHUNK_MISMATCH` when the stored bytes do not end at `upload.offset` or the write is gone.
   */
  writeChunk(upload: ChunkedWrite, body: Readable): Promise<ChunkedWrite>;
  /** Makes the object readable under its key, replacing any object there. */
  finishChunkedWrite(upload: ChunkedWrite): Promise<WriteResult>;
  /** Throws the received chunks away; aborting twice is not an error. */
  abortChunkedWrite(upload: ChunkedWrite): Promise<void>;
}

/** Whether `driver` can assemble objects from chunks. */
export function supportsChunkedWrite(driver: StorageDriver): driver is StorageDriver & ChunkedWriteAbility {
  const candidate = driver as Partial<ChunkedWriteAbility>;
  return (
    typeof candidate.startChunkedWrite === 'function' &&
    typeof candidate.writeChunk === 'function' &&
    typeof candidate.finishChunkedWrite === 'function' &&
    typeof candidate.abortChunkedWrite === 'function'
  );
}
