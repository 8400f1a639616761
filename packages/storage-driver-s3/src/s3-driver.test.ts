import {
  createStorageDriverRegistry,
  loadStorageLocations,
  supportsCopy,
  supportsPresign,
} from '@plinth/storage';
import { describe, expect, it } from 'vitest';
import { s3Driver } from './s3-driver.js';

const load = (raw: Record<string, string>) =>
  loadStorageLocations({ STORAGE_LOCATIONS: ['s3'], raw, cwd: '/' }, createStorageDriverRegistry([s3Driver]));

describe('s3Driver', () => {
  it('builds a location from Directus-named variables', () => {
    const driver = load({
      STORAGE_S3_DRIVER: 's3',
      STORAGE_S3_KEY: 'AKIA',
      STORAGE_S3_SECRET: 'secret',
      STORAGE_S3_BUCKET: 'media',
      STORAGE_S3_REGION: 'eu-west-1',
      STORAGE_S3_ENDPOINT: 'http://127.0.0.1:9000',
      STORAGE_S3_FORCE_PATH_STYLE: 'true',
      STORAGE_S3_ROOT: 'uploads',
    }).location('s3');
    expect(supportsCopy(driver) && supportsPresign(driver)).toBe(true);
  });

  it('names the variable that is missing or wrong', () => {
    expect(() => load({ STORAGE_S3_DRIVER: 's3' })).toThrow(/STORAGE_S3_BUCKET must be set/);
    expect(() =>
      load({ STORAGE_S3_DRIVER: 's3', STORAGE_S3_BUCKET: 'b', STORAGE_S3_FORCE_PATH_STYLE: 'yes' }),
    ).toThrow(/STORAGE_S3_FORCE_PATH_STYLE must be true or false/);
  });
});
