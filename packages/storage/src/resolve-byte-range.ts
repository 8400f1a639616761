import type { ByteRange } from './storage-driver.js';
import { StorageError, StorageErrorCode } from './storage-error.js';

/** A byte range with both ends known, inclusive. */
export interface ResolvedByteRange {
  start: number;
  end: number;
}

const isOffset = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 0;

/**
 * Checks the shape of a range: offsets are whole numbers ≥ 0 and `end` is not before `start`. Throws
 * `STORAGE_INVALID_RANGE` otherwise. Drivers whose backend resolves ranges itself call only this.
 */
export function assertByteRange(range: ByteRange, key?: string): void {
  const fail = (reason: string): never => {
    throw new StorageError(StorageErrorCode.InvalidRange, `Invalid byte range: ${reason}.`, {
      ...(key === undefined ? {} : { key }),
    });
  };
  if (range.start !== undefined && !isOffset(range.start)) fail('start must be a whole number ≥ 0');
  if (range.end !== undefined && !isOffset(range.end)) fail('end must be a whole number ≥ 0');
  if (range.end !== undefined && range.end < (range.start ?? 0)) fail('end is before start');
}

/**
 * Turns a range into both inclusive ends for an object of `size` bytes: `start` defaults to 0, `end` to
 * the last byte and is clamped to it. Throws `STORAGE_RANGE_NOT_SATISFIABLE` when `start` is past the
 * last byte (an empty object satisfies only a range starting at 0, read as nothing).
 */
export function resolveByteRange(range: ByteRange, size: number, key?: string): ResolvedByteRange {
  assertByteRange(range, key);
  const start = range.start ?? 0;
  if (start > 0 && start >= size) {
    throw new StorageError(
      StorageErrorCode.RangeNotSatisfiable,
      `Range starts at byte ${start} of a ${size}-byte object.`,
      { ...(key === undefined ? {} : { key }) },
    );
  }
  return { start, end: Math.min(range.end ?? size - 1, size - 1) };
}
