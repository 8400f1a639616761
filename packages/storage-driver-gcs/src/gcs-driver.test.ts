import {
  createStorageDriverRegistry,
  createStorageLocations,
  StorageErrorCode,
  supportsCopy,
  supportsPresign,
} from '@plinth/storage';
import { describe, expect, it } from 'vitest';
import { gcsDriver } from './gcs-driver.js';
import { toGcsStorageError } from './lib/to-gcs-storage-error.js';

const registry = createStorageDriverRegistry([gcsDriver]);
const locate = (options: Record<string, unknown>) =>
  createStorageLocations([{ name: 'cloud', driver: 'gcs', options: options as never }], registry).location(
    'cloud',
  );

describe('gcsDriver', () => {
  it('builds a driver from a bucket, with copy and presign', () => {
    const driver = locate({ bucket: 'media', keyFilename: '/etc/key.json', root: 'uploads' });
    expect(supportsCopy(driver) && supportsPresign(driver)).toBe(true);
  });

  it('names the missing bucket and malformed credentials', () => {
    expect(() => locate({})).toThrow(/STORAGE_CLOUD_BUCKET must be set/);
    expect(() => locate({ bucket: 'b', credentials: { client_email: 'x' } })).toThrow(
      expect.objectContaining({
        code: StorageErrorCode.InvalidConfig,
        message: expect.stringContaining('CREDENTIALS'),
      }),
    );
  });
});

describe('toGcsStorageError', () => {
  it('maps a missing object to STORAGE_NOT_FOUND and a bad range to STORAGE_RANGE_NOT_SATISFIABLE', () => {
    expect(toGcsStorageError('k', { code: 404, message: 'No such object: b/k' })).toMatchObject({
      code: StorageErrorCode.NotFound,
      key: 'k',
    });
    expect(toGcsStorageError('k', { code: 416, message: 'range' })).toMatchObject({
      code: StorageErrorCode.RangeNotSatisfiable,
    });
  });

  it('passes a missing bucket and other failures through', () => {
    const bucket = { code: 404, message: 'The specified bucket does not exist.' };
    expect(toGcsStorageError('k', bucket)).toBe(bucket);
    const denied = { code: 403, message: 'denied' };
    expect(toGcsStorageError('k', denied)).toBe(denied);
  });
});
