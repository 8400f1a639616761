import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEnv } from '@plinth/env';
import { describe, expect, it } from 'vitest';
import { ensureLocalStorageRoots } from './ensure-local-storage-roots.js';

describe('ensureLocalStorageRoots', () => {
  it('creates ./uploads by default and the root of every other local location', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'plinth-storage-'));
    expect(await ensureLocalStorageRoots(loadEnv({ env: {} }), cwd)).toEqual([join(cwd, 'uploads')]);
    expect(existsSync(join(cwd, 'uploads'))).toBe(true);

    const env = loadEnv({
      env: {
        STORAGE_LOCATIONS: 'local,archive,cloud',
        STORAGE_ARCHIVE_DRIVER: 'local',
        STORAGE_ARCHIVE_ROOT: './archive/files',
        STORAGE_CLOUD_DRIVER: 's3',
      },
    });
    const roots = await ensureLocalStorageRoots(env, cwd);
    expect(roots).toEqual([join(cwd, 'uploads'), join(cwd, 'archive/files')]);
    expect(existsSync(join(cwd, 'archive/files'))).toBe(true);
  });
});
