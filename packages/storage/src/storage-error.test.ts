import { describe, expect, it } from 'vitest';
import { isStorageError, StorageError, StorageErrorCode } from './storage-error.js';

describe('StorageError', () => {
  it('carries its code, key and cause', () => {
    const cause = new Error('ENOENT');
    const error = new StorageError(StorageErrorCode.NotFound, 'gone', { key: 'a.txt', cause });
    expect(error).toMatchObject({
      name: 'StorageError',
      code: 'STORAGE_NOT_FOUND',
      key: 'a.txt',
      message: 'gone',
    });
    expect(error.cause).toBe(cause);
  });

  it('is recognised by name and code, also when made by another copy of the package', () => {
    const foreign = Object.assign(new Error('x'), { name: 'StorageError', code: 'STORAGE_INVALID_KEY' });
    expect(isStorageError(foreign)).toBe(true);
    expect(isStorageError(foreign, StorageErrorCode.InvalidKey)).toBe(true);
    expect(isStorageError(foreign, StorageErrorCode.NotFound)).toBe(false);
    expect(isStorageError(new Error('x'))).toBe(false);
    expect(isStorageError(null)).toBe(false);
  });

  it('keeps its codes stable', () => {
    expect(Object.values(StorageErrorCode)).toEqual([
      'STORAGE_NOT_FOUND',
      'STORAGE_INVALID_KEY',
      'STORAGE_INVALID_RANGE',
      'STORAGE_RANGE_NOT_SATISFIABLE',
      'STORAGE_CHUNK_MISMATCH',
      'STORAGE_UNKNOWN_DRIVER',
      'STORAGE_UNKNOWN_LOCATION',
      'STORAGE_INVALID_CONFIG',
    ]);
  });
});
