import { defineSettings } from '../lib/define-settings.js';

/** Storage locations and uploads; each location is configured by its `STORAGE_<LOCATION>_*` variables. */
export const storageSettings = defineSettings('Storage & files', [
  {
    name: 'STORAGE_LOCATIONS',
    kind: 'list',
    default: 'local',
    description: 'Storage locations; the first receives uploads.',
  },
  {
    name: 'STORAGE_LOCAL_DRIVER',
    kind: 'string',
    default: 'local',
    description: 'Driver of the `local` location.',
  },
  {
    name: 'STORAGE_LOCAL_ROOT',
    kind: 'string',
    default: './uploads',
    description: 'Directory of the `local` location.',
  },
  {
    name: 'FILES_MAX_UPLOAD_SIZE',
    kind: 'bytes',
    allowInfinity: true,
    description: 'Largest file accepted; unset for no limit.',
  },
  {
    name: 'FILES_MIME_TYPE_ALLOW_LIST',
    kind: 'list',
    default: '*/*',
    description: 'MIME types accepted on upload; `image/*` style wildcards allowed.',
  },
  {
    name: 'FILES_MAX_UPLOAD_CONCURRENCY',
    kind: 'integer',
    default: 'Infinity',
    min: 1,
    allowInfinity: true,
    description: 'Uploads processed at the same time.',
  },
  {
    name: 'FILE_METADATA_ALLOW_LIST',
    kind: 'list',
    default: 'ifd0.Make,ifd0.Model,exif.FNumber,exif.ExposureTime,exif.FocalLength,exif.ISOSpeedRatings',
    description: 'Image metadata keys kept in `directus_files.metadata`.',
  },
  {
    name: 'TUS_ENABLED',
    kind: 'boolean',
    default: 'false',
    description: 'Accept resumable uploads (tus protocol).',
  },
  {
    name: 'TUS_CHUNK_SIZE',
    kind: 'bytes',
    default: '8mb',
    description: 'Size of each resumable upload chunk.',
  },
  {
    name: 'TUS_UPLOAD_EXPIRATION',
    kind: 'duration',
    default: '10m',
    description: 'How long an unfinished resumable upload is kept.',
  },
  {
    name: 'TUS_CLEANUP_SCHEDULE',
    kind: 'string',
    default: '0 * * * *',
    description: 'Cron schedule that removes expired resumable uploads.',
  },
]);

/** `/assets` delivery and image transforms. */
export const assetSettings = defineSettings('Assets', [
  { name: 'ASSETS_CACHE_TTL', kind: 'duration', default: '30d', description: '`max-age` sent with assets.' },
  {
    name: 'ASSETS_CACHE_REVALIDATE',
    kind: 'boolean',
    default: 'false',
    description: 'Add `must-revalidate` to the cache header of assets.',
  },
  {
    name: 'ASSETS_TRANSFORM_MAX_CONCURRENT',
    kind: 'integer',
    default: '25',
    min: 1,
    description: 'Image transforms run at the same time.',
  },
  {
    name: 'ASSETS_TRANSFORM_IMAGE_MAX_DIMENSION',
    kind: 'integer',
    default: '6000',
    min: 1,
    description: 'Largest width or height of an image that is transformed.',
  },
  {
    name: 'ASSETS_TRANSFORM_MAX_OPERATIONS',
    kind: 'integer',
    default: '5',
    min: 1,
    description: 'Most operations in one `transforms` parameter.',
  },
  {
    name: 'ASSETS_TRANSFORM_TIMEOUT',
    kind: 'duration',
    default: '7500ms',
    description: 'Longest one transform may run.',
  },
  {
    name: 'ASSETS_INVALID_IMAGE_SENSITIVITY_LEVEL',
    kind: 'enum',
    default: 'warning',
    values: ['none', 'truncated', 'error', 'warning'],
    description: 'How damaged an image may be before a transform refuses it.',
  },
]);

/** Importing files from URLs and CSV/JSON import and export. */
export const importExportSettings = defineSettings('Import & export', [
  {
    name: 'IMPORT_IP_DENY_LIST',
    kind: 'list',
    default: '0.0.0.0,169.254.169.254',
    description:
      'Addresses a file import from URL may not reach; `0.0.0.0` stands for every local interface.',
  },
  {
    name: 'IMPORT_IP_ALLOW_LIST',
    kind: 'list',
    default: '',
    description:
      'Addresses or CIDR ranges a file import from URL may reach even though they are private or loopback (a Plinth extension).',
  },
  {
    name: 'IMPORT_TIMEOUT',
    kind: 'duration',
    default: '1h',
    description: 'Longest a file import from URL may take.',
  },
  {
    name: 'IMPORT_MAX_CONCURRENCY',
    kind: 'integer',
    default: '20',
    min: 1,
    description: 'Imports processed at the same time.',
  },
  {
    name: 'MAX_IMPORT_ERRORS',
    kind: 'integer',
    default: '1000',
    min: 1,
    description: 'Errors collected from one import before it stops.',
  },
  {
    name: 'EXPORT_BATCH_SIZE',
    kind: 'integer',
    default: '5000',
    min: 1,
    description: 'Rows read per batch while exporting.',
  },
  {
    name: 'RELATIONAL_BATCH_SIZE',
    kind: 'integer',
    default: '25000',
    min: 1,
    description: 'Keys per batch when nested writes touch many related rows.',
  },
]);
