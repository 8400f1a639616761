import type { StorageDriver } from './storage-driver.js';
import { supportsCopy } from './supports-copy.js';

/**
 * Copies an object inside one driver: server-side when the driver can, otherwise by streaming it
 * through Node (memory stays flat either way). Rejects with `STORAGE_NOT_FOUND` when `from` is missing.
 */
export async function copyObject(driver: StorageDriver, from: string, to: string): Promise<void> {
  if (supportsCopy(driver)) return driver.copy(from, to);
  await driver.write(to, await driver.read(from));
}

/**
 * Moves an object inside one driver: natively when the driver can, otherwise copy then delete, so the
 * object exists under one of its names at every moment.
 */
export async function moveObject(driver: StorageDriver, from: string, to: string): Promise<void> {
  if (supportsCopy(driver)) return driver.move(from, to);
  await copyObject(driver, from, to);
  await driver.delete(from);
}
