import { createWriteStream } from 'node:fs';
import { open, rename, stat, truncate, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import {
  assertStorageKey,
  type ChunkedWrite,
  type ChunkedWriteAbility,
  StorageError,
  StorageErrorCode,
} from '@plinth/storage';
import { errnoOf } from './local-errors.js';
import type { LocalRoot } from './local-root.js';
import { isTempName, newTempName } from './write-file-atomically.js';

const mismatch = (upload: ChunkedWrite, reason: string): StorageError =>
  new StorageError(StorageErrorCode.ChunkMismatch, `Chunked write to "${upload.key}": ${reason}.`, {
    key: upload.key,
  });

/**
 * Chunked writes on the local disk: chunks are appended to a file in the temporary folder, whose name
 * is the state; finishing renames it into place. The file's size is the truth about the offset, so a
 * stale or replayed state is caught.
 */
export function createLocalChunkedWrites(root: LocalRoot): ChunkedWriteAbility {
  /** The temporary file of an upload whose state came back from a client or a database row. */
  const partOf = async (upload: ChunkedWrite): Promise<{ path: string; size: number }> => {
    assertStorageKey(upload.key);
    const name = upload.state['part'];
    if (!isTempName(name)) throw mismatch(upload, 'the state is not one this driver made');
    const path = join(await root.temp(), name);
    try {
      const { size } = await stat(path);
      if (size !== upload.offset) throw mismatch(upload, `${size} bytes are stored, not ${upload.offset}`);
      return { path, size };
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') throw mismatch(upload, 'the write was finished or aborted');
      throw error;
    }
  };

  return {
    minChunkSize: 1,

    async startChunkedWrite(key) {
      assertStorageKey(key);
      await root.prepare(key);
      const part = newTempName();
      await (await open(join(await root.temp(), part), 'wx')).close();
      return { key, offset: 0, state: { part } };
    },

    async writeChunk(upload, body) {
      const { path, size } = await partOf(upload);
      const file = createWriteStream(path, { flags: 'a' });
      try {
        await pipeline(body, file);
      } catch (error) {
        // Drop the partial chunk so the stored size matches the offset the caller still holds.
        await truncate(path, size).catch(() => undefined);
        throw error;
      }
      return { ...upload, offset: size + file.bytesWritten };
    },

    async finishChunkedWrite(upload) {
      const { path, size } = await partOf(upload);
      await rename(path, await root.prepare(upload.key));
      return { size };
    },

    async abortChunkedWrite(upload) {
      const name = upload.state['part'];
      if (!isTempName(name)) throw mismatch(upload, 'the state is not one this driver made');
      await unlink(join(await root.temp(), name)).catch((error: unknown) => {
        if (errnoOf(error) !== 'ENOENT') throw error;
      });
    },
  };
}
