import type { JsonValue } from '@plinth/env';
import type { StorageDriver } from './storage-driver.js';

/**
 * A location's options as configured: `STORAGE_<LOC>_FORCE_PATH_STYLE=true` arrives as
 * `{ forcePathStyle: true }` (camelCased, typed like any dynamic setting: `true`/`false` become
 * booleans, plain numbers numbers, `json:`/`string:` prefixes force a type).
 */
export type DriverOptions = Readonly<Record<string, JsonValue | RegExp>>;

/** What a driver factory learns besides its options. */
export interface DriverContext {
  /** The location being created, for error messages. */
  location: string;
  /** The directory relative paths (a local `root`) are resolved against. */
  cwd: string;
}

/**
 * A storage driver as plugins publish it: a name (`STORAGE_<LOC>_DRIVER` picks it) and a factory that
 * checks its options and returns the driver. Factories should be cheap: open clients lazily, on first use.
 */
export interface StorageDriverDefinition {
  /** The value of `STORAGE_<LOC>_DRIVER` that selects this driver, e.g. `s3`. */
  name: string;
  /** Builds a driver for one location; throws `STORAGE_INVALID_CONFIG` for bad options. */
  create(options: DriverOptions, context: DriverContext): StorageDriver;
}

/**
 * Declares a driver definition. An identity function that gives plugin authors type checking without
 * importing an interface.
 *
 * @example
 * export const memoryDriver = defineStorageDriver({ name: 'memory', create: () => createMemoryDriver() });
 */
export function defineStorageDriver(definition: StorageDriverDefinition): StorageDriverDefinition {
  return definition;
}
