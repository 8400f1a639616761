import { StorageErrorCode } from '@plinth/storage';
import { describe, expect, it } from 'vitest';
import { toAzureStorageError } from './to-azure-storage-error.js';

describe('toAzureStorageError', () => {
  it('maps a missing blob, from a GET body or a HEAD header', () => {
    const notFound = { code: StorageErrorCode.NotFound, key: 'k' };
    expect(toAzureStorageError('k', { statusCode: 404, code: 'BlobNotFound' })).toMatchObject(notFound);
    expect(
      toAzureStorageError('k', { statusCode: 404, details: { errorCode: 'BlobNotFound' } }),
    ).toMatchObject(notFound);
    expect(toAzureStorageError('k', { statusCode: 416 })).toMatchObject({
      code: StorageErrorCode.RangeNotSatisfiable,
    });
  });

  it('passes a missing container through, however it is reported', () => {
    const fromGet = { statusCode: 404, code: 'ContainerNotFound' };
    const fromHead = { statusCode: 404, details: { errorCode: 'ContainerNotFound' } };
    expect(toAzureStorageError('k', fromGet)).toBe(fromGet);
    expect(toAzureStorageError('k', fromHead)).toBe(fromHead);
  });
});
