export { assertStorageKey, assertStoragePrefix, MAX_KEY_BYTES } from './assert-storage-key.js';
export { copyObject, moveObject } from './copy-object.js';
export {
  createStorageLocations,
  loadStorageLocations,
  type StorageLocations,
} from './create-storage-locations.js';
export { booleanOption, integerOption, stringOption } from './driver-options.js';
export { type MeasuredStream, measureStream } from './measure-stream.js';
export { type LocationConfig, readLocationConfigs } from './read-location-configs.js';
export { assertByteRange, type ResolvedByteRange, resolveByteRange } from './resolve-byte-range.js';
export type { ByteRange, StorageDriver, StorageStat, WriteOptions, WriteResult } from './storage-driver.js';
export {
  type DriverContext,
  type DriverOptions,
  defineStorageDriver,
  type StorageDriverDefinition,
} from './storage-driver-definition.js';
export { createStorageDriverRegistry, type StorageDriverRegistry } from './storage-driver-registry.js';
export { isStorageError, STORAGE_ERROR_NAME, StorageError, StorageErrorCode } from './storage-error.js';
export {
  type ChunkedWrite,
  type ChunkedWriteAbility,
  supportsChunkedWrite,
} from './supports-chunked-write.js';
export { type CopyAbility, supportsCopy } from './supports-copy.js';
export {
  type PresignAbility,
  type PresignedWrite,
  type PresignOptions,
  supportsPresign,
} from './supports-presign.js';
export { toRootPrefix } from './to-root-prefix.js';
