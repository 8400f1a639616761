import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type PlinthEnv, pickPrefixed } from '@plinth/env';

/**
 * Creates the folder of every storage location that uses the local driver (`./uploads` by
 * default), so a fresh start has the layout files will be written to. Returns the folders.
 */
export async function ensureLocalStorageRoots(env: PlinthEnv, cwd: string): Promise<string[]> {
  const roots: string[] = [];
  for (const location of env.STORAGE_LOCATIONS) {
    const settings = pickPrefixed(env, `STORAGE_${location.toUpperCase()}_`);
    if (settings.DRIVER !== 'local' || !settings.ROOT) continue;
    const root = resolve(cwd, settings.ROOT);
    await mkdir(root, { recursive: true });
    roots.push(root);
  }
  return roots;
}
