import { constants, createReadStream } from 'node:fs';
import { copyFile, lstat, open, rename, unlink } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { Readable } from 'node:stream';
import {
  assertStoragePrefix,
  type ByteRange,
  type ChunkedWriteAbility,
  type CopyAbility,
  isStorageError,
  resolveByteRange,
  type StorageDriver,
  StorageErrorCode,
} from '@plinth/storage';
import { createLocalChunkedWrites } from './lib/local-chunked-writes.js';
import { errnoOf, notFound, toStorageError, unsafeKey } from './lib/local-errors.js';
import { createLocalRoot, TEMP_FOLDER } from './lib/local-root.js';
import { walkFiles } from './lib/walk-files.js';
import { newTempName, writeFileAtomically } from './lib/write-file-atomically.js';

const ignoreNotFound = (error: unknown): undefined => {
  if (isStorageError(error, StorageErrorCode.NotFound)) return undefined;
  throw error;
};

/** Options of {@link createLocalDriver}. */
export interface LocalDriverOptions {
  /** Absolute path of the folder objects are stored in; created on first use. */
  root: string;
}

/** The local driver: the core interface plus server-side copy and chunked writes. */
export type LocalDriver = StorageDriver & CopyAbility & ChunkedWriteAbility;

/**
 * A driver storing each object as a file under `root`, keys as relative paths. Writes go to a temporary
 * file first and are renamed into place, so readers never see half a file. No key can reach outside
 * `root`: `..` and absolute keys are refused, folders are resolved to their real path and checked, and
 * symbolic links are neither followed at the end of a key nor walked by `list`.
 */
export function createLocalDriver(options: LocalDriverOptions): LocalDriver {
  if (!isAbsolute(options.root))
    throw new TypeError(`The local storage root must be absolute: ${options.root}`);
  const root = createLocalRoot(options.root);

  /** Stats the file of an existing object without following a link at its end. */
  const statFile = async (key: string) => {
    const path = await root.pathOf(key);
    const info = await lstat(path).catch((error: unknown) => {
      throw toStorageError(key, error);
    });
    if (info.isSymbolicLink()) throw unsafeKey(key, 'it names a symbolic link');
    if (!info.isFile()) throw notFound(key);
    return { path, info };
  };

  const driver: LocalDriver = {
    async read(key: string, range?: ByteRange): Promise<Readable> {
      const path = await root.pathOf(key);
      const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW).catch((error: unknown) => {
        throw toStorageError(key, error);
      });
      try {
        const info = await handle.stat();
        if (!info.isFile()) throw notFound(key);
        const { start, end } = resolveByteRange(range ?? {}, info.size, key);
        if (end < start) {
          await handle.close();
          return Readable.from([]);
        }
        // The stream owns the handle from here and closes it when done or destroyed.
        return createReadStream('', { fd: handle, start, end, autoClose: true });
      } catch (error) {
        await handle.close();
        throw error;
      }
    },

    async write(key, body) {
      const size = await writeFileAtomically(await root.temp(), body, () => root.prepare(key)).catch(
        (error: unknown) => {
          throw errnoOf(error) === 'EISDIR' ? unsafeKey(key, 'a folder has that name', error) : error;
        },
      );
      return { size };
    },

    async delete(key) {
      const path = await root.pathOf(key).catch(ignoreNotFound);
      if (path === undefined) return;
      // A link is removed itself, never its target; folders are not objects and stay.
      await unlink(path).catch((error: unknown) => {
        if (!['ENOENT', 'EISDIR', 'EPERM', 'ENOTDIR'].includes(errnoOf(error) ?? '')) throw error;
      });
    },

    async stat(key) {
      const { info } = await statFile(key);
      return { size: info.size, modified: info.mtime };
    },

    async exists(key) {
      try {
        await statFile(key);
        return true;
      } catch (error) {
        if (isStorageError(error, StorageErrorCode.NotFound)) return false;
        throw error;
      }
    },

    async *list(prefix = '') {
      assertStoragePrefix(prefix);
      const base = await root.real();
      const folderPart = prefix.slice(0, prefix.lastIndexOf('/') + 1);
      const skipTemp = (path: string) => path === TEMP_FOLDER;
      // Start from the deepest folder the prefix names; keys outside it cannot match.
      const probe =
        folderPart === '' ? join(base, 'x') : await root.pathOf(`${folderPart}x`).catch(ignoreNotFound);
      if (probe === undefined) return;
      const startFolder = dirname(probe);
      for await (const key of walkFiles(startFolder, folderPart, skipTemp)) {
        if (key.startsWith(prefix)) yield key;
      }
    },

    async copy(from, to) {
      const { path } = await statFile(from);
      const temp = join(await root.temp(), newTempName());
      try {
        await copyFile(path, temp);
        await rename(temp, await root.prepare(to));
      } catch (error) {
        await unlink(temp).catch(() => undefined);
        throw toStorageError(from, error);
      }
    },

    async move(from, to) {
      const { path } = await statFile(from);
      await rename(path, await root.prepare(to));
    },

    ...createLocalChunkedWrites(root),
  };
  return driver;
}
