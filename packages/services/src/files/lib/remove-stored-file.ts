import { posix } from 'node:path';
import type { StorageLocations } from '@plinth/storage';

/** The row columns that say where a file's bytes are. */
export interface StoredFile {
  storage: string;
  filename_disk: string | null;
}

/**
 * Removes a file's object and every transformed variant cached beside it (`<base>__<hash>.<ext>`).
 * Runs after the commit, so a failure here leaves an orphaned object, never a row without bytes; it is
 * reported to `onError` rather than failing the request that already succeeded.
 */
export async function removeStoredFile(
  storage: StorageLocations,
  file: StoredFile,
  onError: (error: unknown) => void = () => undefined,
): Promise<void> {
  if (!file.filename_disk || !storage.has(file.storage)) return;
  try {
    const driver = storage.location(file.storage);
    await driver.delete(file.filename_disk);
    await removeVariants(storage, file);
  } catch (error) {
    onError(error);
  }
}

/** Removes only the cached transforms of a file (its bytes changed). */
export async function removeVariants(storage: StorageLocations, file: StoredFile): Promise<void> {
  if (!file.filename_disk || !storage.has(file.storage)) return;
  const driver = storage.location(file.storage);
  const base = posix.basename(file.filename_disk, posix.extname(file.filename_disk));
  for await (const key of driver.list(`${base}__`)) await driver.delete(key);
}
