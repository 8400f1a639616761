import { opendir } from 'node:fs/promises';
import { join } from 'node:path';
import { errnoOf } from './local-errors.js';

/**
 * Every regular file under `folder`, as `/`-joined paths starting with `relativeTo`. Symbolic links are
 * skipped, never followed, so a link cannot make the listing leave the root; `skip` names folders left
 * out (the temporary folder).
 */
export async function* walkFiles(
  folder: string,
  relativeTo: string,
  skip: (relativePath: string) => boolean,
): AsyncGenerator<string> {
  let entries: Awaited<ReturnType<typeof opendir>>;
  try {
    entries = await opendir(folder);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') return;
    throw error;
  }
  for await (const entry of entries) {
    const path = relativeTo + entry.name;
    if (entry.isDirectory()) {
      if (!skip(path)) yield* walkFiles(join(folder, entry.name), `${path}/`, skip);
    } else if (entry.isFile()) {
      yield path;
    }
  }
}
