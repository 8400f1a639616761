import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createMemoryDriver, memoryDriver } from '../test/memory-driver.js';
import { createStorageLocations, loadStorageLocations } from './create-storage-locations.js';
import { defineStorageDriver } from './storage-driver-definition.js';
import { createStorageDriverRegistry } from './storage-driver-registry.js';
import { StorageErrorCode } from './storage-error.js';

describe('createStorageDriverRegistry', () => {
  it('finds drivers by name and lists them in order', () => {
    const registry = createStorageDriverRegistry([memoryDriver]);
    registry.register(defineStorageDriver({ name: 'other', create: () => createMemoryDriver() }));
    expect(registry.names()).toEqual(['memory', 'other']);
    expect(registry.get('memory')).toBe(memoryDriver);
  });

  it('refuses a second driver of the same name', () => {
    const registry = createStorageDriverRegistry([memoryDriver]);
    expect(() => registry.register(memoryDriver)).toThrow(/already registered/);
  });

  it('names the known drivers when asked for an unknown one', () => {
    expect(() => createStorageDriverRegistry([memoryDriver]).get('ftp')).toThrow(
      expect.objectContaining({
        code: StorageErrorCode.UnknownDriver,
        message: expect.stringContaining('memory'),
      }),
    );
  });
});

describe('loadStorageLocations', () => {
  const registry = createStorageDriverRegistry([memoryDriver]);

  it('creates one driver per location; the first is the default', async () => {
    const locations = loadStorageLocations(
      {
        STORAGE_LOCATIONS: ['main', 'backup'],
        raw: { STORAGE_MAIN_DRIVER: 'memory', STORAGE_BACKUP_DRIVER: 'memory' },
        cwd: '/srv',
      },
      registry,
    );
    expect(locations.names).toEqual(['main', 'backup']);
    expect(locations.defaultLocation).toBe('main');
    expect(locations.has('backup')).toBe(true);
    expect(locations.has('Backup')).toBe(false);
    await locations.location('main').write('a', Readable.from([Buffer.from('x')]));
    expect(await locations.location('main').exists('a')).toBe(true);
    expect(await locations.location('backup').exists('a')).toBe(false);
  });

  it('passes options and context to the driver factory', () => {
    const seen: unknown[] = [];
    const spy = defineStorageDriver({
      name: 'spy',
      create: (options, context) => {
        seen.push(options, context);
        return createMemoryDriver();
      },
    });
    createStorageLocations(
      [{ name: 'files', driver: 'spy', options: { bucket: 'b' } }],
      createStorageDriverRegistry([spy]),
      '/srv',
    );
    expect(seen).toEqual([{ bucket: 'b' }, { location: 'files', cwd: '/srv' }]);
  });

  it('fails at boot for an unknown driver, and on use for an unknown location', () => {
    expect(() =>
      loadStorageLocations(
        { STORAGE_LOCATIONS: ['x'], raw: { STORAGE_X_DRIVER: 'ftp' }, cwd: '/' },
        registry,
      ),
    ).toThrow(expect.objectContaining({ code: StorageErrorCode.UnknownDriver }));
    const locations = createStorageLocations([{ name: 'x', driver: 'memory', options: {} }], registry);
    expect(() => locations.location('y')).toThrow(
      expect.objectContaining({ code: StorageErrorCode.UnknownLocation }),
    );
  });
});
