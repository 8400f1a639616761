import type { TransformImageLimits, TransformLimits } from '@plinth/assets';
import type { StorageLocations } from '@plinth/storage';

/** What the upload, import and asset services need besides the request's context. Built once per server. */
export interface FilesRuntime {
  /** The configured storage locations; uploads go to `storage.defaultLocation` unless they name another. */
  storage: StorageLocations;
  /** `FILES_MAX_UPLOAD_SIZE` in bytes. @default no limit */
  maxUploadSize?: number | undefined;
  /** `FILES_MIME_TYPE_ALLOW_LIST`: MIME globs (`image/*`, `*\/*`) an upload's type must match. */
  mimeTypeAllowList: readonly string[];
  /** `FILE_METADATA_ALLOW_LIST`: metadata paths kept from images, or `'*'`. */
  metadataAllowList: readonly string[] | '*';
  /** `ASSETS_TRANSFORM_IMAGE_MAX_DIMENSION` and `ASSETS_TRANSFORM_MAX_OPERATIONS`. */
  transformLimits: TransformLimits;
  /** The limiter, timeout and sensitivity every transform runs under. */
  transform: TransformImageLimits;
  /** What `/files/import` may reach. */
  import: ImportOptions;
}

/** Limits of `POST /files/import`. */
export interface ImportOptions {
  /**
   * `IMPORT_IP_DENY_LIST`: addresses or CIDR ranges refused on top of the non-public ones; `0.0.0.0`
   * stands for every address of this machine's interfaces.
   */
  denyList: readonly string[];
  /**
   * Addresses or CIDR ranges allowed although non-public (a company's intranet, a test server).
   * @default none
   */
  allowList?: readonly string[];
  /** `IMPORT_TIMEOUT` in milliseconds: the whole download, redirects included. */
  timeoutMs: number;
  /** Redirects followed, each checked like the first request. @default 5 */
  maxRedirects?: number;
}
