import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createStorageDriverRegistry, loadStorageLocations } from '@plinth/storage';
import { describe, expect, it } from 'vitest';
import { localDriver } from './local-driver.js';

describe('localDriver', () => {
  it('resolves STORAGE_<LOC>_ROOT against the configuration directory', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'plinth-local-def-'));
    try {
      const locations = loadStorageLocations(
        {
          STORAGE_LOCATIONS: ['local', 'archive'],
          raw: {
            STORAGE_LOCAL_DRIVER: 'local',
            STORAGE_ARCHIVE_DRIVER: 'local',
            STORAGE_ARCHIVE_ROOT: 'old',
          },
          cwd,
        },
        createStorageDriverRegistry([localDriver]),
      );
      await locations.location('local').write('a.txt', Readable.from([Buffer.from('default root')]));
      await locations.location('archive').write('b.txt', Readable.from([Buffer.from('archive root')]));
      expect(await readFile(join(cwd, 'uploads', 'a.txt'), 'utf8')).toBe('default root');
      expect(await readFile(join(cwd, 'old', 'b.txt'), 'utf8')).toBe('archive root');
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  });
});
