import {
  createStorageDriverRegistry,
  loadStorageLocations,
  supportsCopy,
  supportsPresign,
} from '@plinth/storage';
import { describe, expect, it } from 'vitest';
import { azureDriver } from './azure-driver.js';

const load = (raw: Record<string, string>) =>
  loadStorageLocations(
    { STORAGE_LOCATIONS: ['blobs'], raw, cwd: '/' },
    createStorageDriverRegistry([azureDriver]),
  );

describe('azureDriver', () => {
  it('builds a location from Directus-named variables', () => {
    const driver = load({
      STORAGE_BLOBS_DRIVER: 'azure',
      STORAGE_BLOBS_CONTAINER_NAME: 'media',
      STORAGE_BLOBS_ACCOUNT_NAME: 'account',
      STORAGE_BLOBS_ACCOUNT_KEY: Buffer.from('key').toString('base64'),
      STORAGE_BLOBS_ENDPOINT: 'http://127.0.0.1:10000/account',
    }).location('blobs');
    expect(supportsCopy(driver) && supportsPresign(driver)).toBe(true);
  });

  it('names each missing required variable', () => {
    expect(() => load({ STORAGE_BLOBS_DRIVER: 'azure' })).toThrow(/STORAGE_BLOBS_CONTAINER_NAME must be set/);
    expect(() =>
      load({
        STORAGE_BLOBS_DRIVER: 'azure',
        STORAGE_BLOBS_CONTAINER_NAME: 'c',
        STORAGE_BLOBS_ACCOUNT_NAME: 'a',
      }),
    ).toThrow(/STORAGE_BLOBS_ACCOUNT_KEY must be set/);
  });
});
