import type { StorageDriver } from './storage-driver.js';

/** A driver that copies and moves objects inside its backend, without streaming them through Node. */
export interface CopyAbility {
  /** Copies `from` to `to`, replacing `to`. Rejects with `STORAGE_NOT_FOUND` when `from` is missing. */
  copy(from: string, to: string): Promise<void>;
  /** Moves `from` to `to`, replacing `to`. Rejects with `STORAGE_NOT_FOUND` when `from` is missing. */
  move(from: string, to: string): Promise<void>;
}

/** Whether `driver` copies and moves by itself; otherwise `copyObject`/`moveObject` stream the bytes. */
export function supportsCopy(driver: StorageDriver): driver is StorageDriver & CopyAbility {
  const candidate = driver as Partial<CopyAbility>;
  return typeof candidate.copy === 'function' && typeof candidate.move === 'function';
}
