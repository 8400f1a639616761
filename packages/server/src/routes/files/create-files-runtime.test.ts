import { loadEnv } from '@plinth/env';
import { isStorageError } from '@plinth/storage';
import { describe, expect, it } from 'vitest';
import { createFilesRuntime } from './create-files-runtime.js';

describe('createFilesRuntime', () => {
  it('builds the configured locations and limits from the settings', async () => {
    const env = loadEnv({
      env: {
        STORAGE_LOCATIONS: 'local,archive',
        STORAGE_LOCAL_ROOT: '/tmp/plinth-runtime-a',
        STORAGE_ARCHIVE_DRIVER: 'local',
        STORAGE_ARCHIVE_ROOT: '/tmp/plinth-runtime-b',
        FILES_MAX_UPLOAD_SIZE: '2mb',
        FILE_METADATA_ALLOW_LIST: '*',
        IMPORT_IP_ALLOW_LIST: '10.0.0.0/8, 127.0.0.5',
      },
    });
    const runtime = await createFilesRuntime(env);
    expect(runtime.storage.names).toEqual(['local', 'archive']);
    expect(runtime.storage.defaultLocation).toBe('local');
    expect(runtime.maxUploadSize).toBe(2 * 1024 * 1024);
    expect(runtime.metadataAllowList).toBe('*');
    expect(runtime.import.allowList).toEqual(['10.0.0.0/8', '127.0.0.5']);
  });

  it('has no upload limit by default and stops the boot for an unknown driver', async () => {
    expect((await createFilesRuntime(loadEnv({ env: {} }))).maxUploadSize).toBeUndefined();
    const bad = loadEnv({ env: { STORAGE_LOCATIONS: 'x', STORAGE_X_DRIVER: 'floppy' } });
    const error = await createFilesRuntime(bad).catch((caught: unknown) => caught);
    expect(isStorageError(error, 'STORAGE_UNKNOWN_DRIVER')).toBe(true);
  });
});
