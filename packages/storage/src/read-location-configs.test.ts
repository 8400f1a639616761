import { describe, expect, it } from 'vitest';
import { readLocationConfigs } from './read-location-configs.js';
import { StorageErrorCode } from './storage-error.js';

describe('readLocationConfigs', () => {
  it('reads each location’s driver and camelCased, typed options', () => {
    const configs = readLocationConfigs({
      STORAGE_LOCATIONS: ['local', ' s3 '],
      raw: {
        STORAGE_LOCAL_DRIVER: 'local',
        STORAGE_LOCAL_ROOT: './uploads',
        STORAGE_S3_DRIVER: 's3',
        STORAGE_S3_KEY: 'AKIA',
        STORAGE_S3_BUCKET: 'media',
        STORAGE_S3_FORCE_PATH_STYLE: 'true',
        STORAGE_S3_MAX_SOCKETS: '50',
        STORAGE_S3_ROOT: 'string:2024',
        STORAGE_S3X_DRIVER: 'not-this-one',
        OTHER: 'ignored',
      },
    });
    expect(configs).toEqual([
      { name: 'local', driver: 'local', options: { root: './uploads' } },
      {
        name: 's3',
        driver: 's3',
        options: { key: 'AKIA', bucket: 'media', forcePathStyle: true, maxSockets: 50, root: '2024' },
      },
    ]);
  });

  it('refuses a location without a driver, a duplicate and an empty list', () => {
    const invalid = expect.objectContaining({ code: StorageErrorCode.InvalidConfig });
    expect(() => readLocationConfigs({ STORAGE_LOCATIONS: ['cloud'], raw: {} })).toThrow(
      /STORAGE_CLOUD_DRIVER/,
    );
    expect(() =>
      readLocationConfigs({ STORAGE_LOCATIONS: ['a', 'A'], raw: { STORAGE_A_DRIVER: 'local' } }),
    ).toThrow(invalid);
    expect(() => readLocationConfigs({ STORAGE_LOCATIONS: [' '], raw: {} })).toThrow(invalid);
  });
});
