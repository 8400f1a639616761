import { createTransformLimiter } from '@plinth/assets';
import type { PlinthEnv } from '@plinth/env';
import type { FilesRuntime } from '@plinth/services';
import {
  createStorageDriverRegistry,
  createStorageLocations,
  readLocationConfigs,
  type StorageDriverDefinition,
} from '@plinth/storage';

/**
 * The drivers every Plinth server knows by name, loaded only when a location uses them (each cloud
 * SDK costs about a third of a second and tens of megabytes to import).
 */
export const BUILT_IN_STORAGE_DRIVERS: Readonly<Record<string, () => Promise<StorageDriverDefinition>>> = {
  local: async () => (await import('@plinth/storage-driver-local')).localDriver,
  s3: async () => (await import('@plinth/storage-driver-s3')).s3Driver,
  azure: async () => (await import('@plinth/storage-driver-azure')).azureDriver,
  gcs: async () => (await import('@plinth/storage-driver-gcs')).gcsDriver,
};

/**
 * Builds what `/files` and `/assets` need from configuration: one driver per `STORAGE_LOCATIONS`
 * entry (created now, so a bad location stops the boot; `extraDrivers` are a host app's own), upload
 * limits, transform limits and the import rules. `IMPORT_IP_ALLOW_LIST` (addresses or CIDR ranges,
 * read as given) opens non-public addresses to `/files/import`.
 */
export async function createFilesRuntime(
  env: PlinthEnv,
  extraDrivers: readonly StorageDriverDefinition[] = [],
): Promise<FilesRuntime> {
  const configs = readLocationConfigs(env);
  const drivers = [...extraDrivers];
  for (const name of new Set(configs.map((config) => config.driver))) {
    const load = Object.hasOwn(BUILT_IN_STORAGE_DRIVERS, name) ? BUILT_IN_STORAGE_DRIVERS[name] : undefined;
    if (load && !drivers.some((driver) => driver.name === name)) drivers.push(await load());
  }
  const maxDimension = env.ASSETS_TRANSFORM_IMAGE_MAX_DIMENSION;
  const metadata = env.FILE_METADATA_ALLOW_LIST;
  return {
    storage: createStorageLocations(configs, createStorageDriverRegistry(drivers), env.cwd),
    maxUploadSize: Number.isFinite(env.FILES_MAX_UPLOAD_SIZE) ? env.FILES_MAX_UPLOAD_SIZE : undefined,
    mimeTypeAllowList: env.FILES_MIME_TYPE_ALLOW_LIST,
    metadataAllowList: metadata.includes('*') ? '*' : metadata,
    transformLimits: { maxDimension, maxOperations: env.ASSETS_TRANSFORM_MAX_OPERATIONS },
    transform: {
      limiter: createTransformLimiter({ maxConcurrent: env.ASSETS_TRANSFORM_MAX_CONCURRENT }),
      timeoutMs: env.ASSETS_TRANSFORM_TIMEOUT,
      maxDimension,
      failOn: env.ASSETS_INVALID_IMAGE_SENSITIVITY_LEVEL,
    },
    import: {
      denyList: env.IMPORT_IP_DENY_LIST,
      allowList: env.IMPORT_IP_ALLOW_LIST,
      timeoutMs: env.IMPORT_TIMEOUT,
    },
  };
}
