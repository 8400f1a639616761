import type { PlinthEnv } from '@plinth/env';
import { type LocationConfig, readLocationConfigs } from './read-location-configs.js';
import type { StorageDriver } from './storage-driver.js';
import type { StorageDriverRegistry } from './storage-driver-registry.js';
import { StorageError, StorageErrorCode } from './storage-error.js';

/** The configured storage locations, each with its driver. */
export interface StorageLocations {
  /** Location names in configured order. */
  readonly names: readonly string[];
  /** The first location: where uploads go unless they name another. */
  readonly defaultLocation: string;
  /** Whether a location of that name exists. */
  has(name: string): boolean;
  /** The driver of a location; throws `STORAGE_UNKNOWN_LOCATION` for an unknown name. */
  location(name: string): StorageDriver;
}

/**
 * Creates one driver per location through the registry. Every driver is created now, so a bad
 * option or an unknown driver stops the boot instead of the first upload.
 *
 * @param cwd The directory relative paths in options are resolved against.
 */
export function createStorageLocations(
  configs: readonly LocationConfig[],
  registry: StorageDriverRegistry,
  cwd: string = process.cwd(),
): StorageLocations {
  const drivers = new Map<string, StorageDriver>();
  for (const { name, driver, options } of configs) {
    drivers.set(name, registry.get(driver).create(options, { location: name, cwd }));
  }
  const names = Object.freeze([...drivers.keys()]);
  if (names.length === 0) {
    throw new StorageError(StorageErrorCode.InvalidConfig, 'No storage location is configured.');
  }

  return {
    names,
    defaultLocation: names[0]!,
    has: (name) => drivers.has(name),
    location(name) {
      const driver = drivers.get(name);
      if (driver) return driver;
      throw new StorageError(
        StorageErrorCode.UnknownLocation,
        `Storage location "${name}" is not configured (configured: ${names.join(', ')}).`,
      );
    },
  };
}

/** {@link readLocationConfigs} then {@link createStorageLocations}, resolving paths against `env.cwd`. */
export function loadStorageLocations(
  env: Pick<PlinthEnv, 'STORAGE_LOCATIONS' | 'raw' | 'cwd'>,
  registry: StorageDriverRegistry,
): StorageLocations {
  return createStorageLocations(readLocationConfigs(env), registry, env.cwd);
}
