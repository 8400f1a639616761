import { type PlinthEnv, pickPrefixed, toTypedValue } from '@plinth/env';
import type { DriverOptions } from './storage-driver-definition.js';
import { StorageError, StorageErrorCode } from './storage-error.js';

/** One storage location as configured. */
export interface LocationConfig {
  /** As written in `STORAGE_LOCATIONS`; the `storage` column of `directus_files` holds it. */
  name: string;
  /** `STORAGE_<LOC>_DRIVER`. */
  driver: string;
  /** Every other `STORAGE_<LOC>_*` variable, camelCased and typed. */
  options: DriverOptions;
}

const toCamelCase = (name: string): string =>
  name.toLowerCase().replace(/_+([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());

/**
 * Reads the locations named in `STORAGE_LOCATIONS` and their `STORAGE_<LOC>_*` variables:
 * `STORAGE_S3_FORCE_PATH_STYLE=true` becomes `{ forcePathStyle: true }` for location `s3`. Throws
 * `STORAGE_INVALID_CONFIG` for an empty list, a duplicate name or a location without a driver.
 */
export function readLocationConfigs(env: Pick<PlinthEnv, 'STORAGE_LOCATIONS' | 'raw'>): LocationConfig[] {
  const names = env.STORAGE_LOCATIONS.map((name) => name.trim()).filter((name) => name !== '');
  if (names.length === 0) {
    throw new StorageError(StorageErrorCode.InvalidConfig, 'STORAGE_LOCATIONS names no location.');
  }

  const seen = new Set<string>();
  return names.map((name) => {
    const prefix = `STORAGE_${name.toUpperCase()}_`;
    if (seen.has(prefix)) {
      throw new StorageError(StorageErrorCode.InvalidConfig, `Storage location "${name}" is listed twice.`);
    }
    seen.add(prefix);

    const { DRIVER: driver, ...rest } = pickPrefixed(env, prefix);
    if (!driver) {
      throw new StorageError(StorageErrorCode.InvalidConfig, `${prefix}DRIVER is not set.`);
    }
    const options: Record<string, DriverOptions[string]> = {};
    for (const [variable, raw] of Object.entries(rest)) {
      options[toCamelCase(variable)] = toTypedValue(raw, prefix + variable);
    }
    return { name, driver, options };
  });
}
