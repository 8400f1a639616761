import { lstat, mkdir, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { assertStorageKey } from '@plinth/storage';
import { errnoOf, notFound, unsafeKey } from './local-errors.js';

/** Folder inside the root holding unfinished writes; keys may not start with it. */
export const TEMP_FOLDER = '.plinth-tmp';

const isInside = (root: string, path: string): boolean => {
  const rest = relative(root, path);
  return rest === '' || (rest !== '..' && !rest.startsWith(`..${sep}`) && !isAbsolute(rest));
};

/**
 * The root folder of a local driver and the only way to turn a key into a path. Every path it hands out
 * has had the real path of its folder checked against the real root, so `..`, absolute keys and
 * symbolic links pointing out of the root are all refused.
 */
export interface LocalRoot {
  /** The real path of the root, created on first use. */
  real(): Promise<string>;
  /** The real temporary folder, created on first use. */
  temp(): Promise<string>;
  /** The path of an existing object's file; `STORAGE_NOT_FOUND` when its folder does not exist. */
  pathOf(key: string): Promise<string>;
  /** The path to write `key` at, creating its folders; refuses folders that are links or files. */
  prepare(key: string): Promise<string>;
}

/** A {@link LocalRoot} for the folder `root` (absolute). */
export function createLocalRoot(root: string): LocalRoot {
  let realRoot: Promise<string> | undefined;
  let tempFolder: Promise<string> | undefined;

  const real = () => {
    if (!realRoot) {
      realRoot = mkdir(root, { recursive: true }).then(() => realpath(root));
      // Retry on the next call when the folder could not be made (a mount not there yet).
      realRoot.catch(() => {
        realRoot = undefined;
      });
    }
    return realRoot;
  };

  const checkedKey = (key: string): string => {
    assertStorageKey(key);
    if (key === TEMP_FOLDER || key.startsWith(`${TEMP_FOLDER}/`)) {
      throw unsafeKey(key, `"${TEMP_FOLDER}" is reserved for unfinished writes`);
    }
    return key;
  };

  return {
    real,
    temp() {
      tempFolder ??= real().then(async (base) => {
        const folder = join(base, TEMP_FOLDER);
        await mkdir(folder, { recursive: true });
        return folder;
      });
      return tempFolder;
    },
    async pathOf(key) {
      const base = await real();
      const path = join(base, checkedKey(key));
      let folder: string;
      try {
        folder = await realpath(dirname(path));
      } catch (error) {
        throw ['ENOENT', 'ENOTDIR'].includes(errnoOf(error) ?? '') ? notFound(key, error) : error;
      }
      if (!isInside(base, folder)) throw unsafeKey(key, 'it leads out of the storage root');
      return join(folder, basename(path));
    },
    async prepare(key) {
      const base = await real();
      const segments = checkedKey(key).split('/');
      let folder = base;
      for (const segment of segments.slice(0, -1)) {
        folder = join(folder, segment);
        await mkdir(folder).catch((error: unknown) => {
          if (errnoOf(error) !== 'EEXIST') throw error;
        });
        const info = await lstat(folder);
        if (info.isSymbolicLink()) throw unsafeKey(key, `"${segment}" is a symbolic link`);
        if (!info.isDirectory()) throw unsafeKey(key, `"${segment}" is a file, not a folder`);
      }
      return join(folder, segments.at(-1)!);
    },
  };
}
