import { defineStorageDriver, StorageError, StorageErrorCode, stringOption } from '@plinth/storage';
import { createGcsDriver } from './create-gcs-driver.js';
import type { GcsDriverOptions } from './gcs-driver-options.js';

/**
 * The `gcs` driver for the location manager, reading `STORAGE_<LOC>_BUCKET` (required),
 * `_KEY_FILENAME` or `_CREDENTIALS` (`json:{...}`), `_PROJECT_ID`, `_API_ENDPOINT` and `_ROOT`, as
 * Directus names them.
 */
export const gcsDriver = defineStorageDriver({
  name: 'gcs',
  create(options, context) {
    const picked: GcsDriverOptions = { bucket: stringOption(options, 'bucket', context, true) };
    for (const name of ['keyFilename', 'projectId', 'apiEndpoint', 'root'] as const) {
      const value = stringOption(options, name, context);
      if (value !== undefined) picked[name] = value;
    }
    const credentials = options['credentials'];
    if (credentials !== undefined) {
      const fields = (typeof credentials === 'object' && credentials !== null ? credentials : {}) as Record<
        string,
        unknown
      >;
      const valid = typeof fields['client_email'] === 'string' && typeof fields['private_key'] === 'string';
      if (!valid) {
        throw new StorageError(
          StorageErrorCode.InvalidConfig,
          `Storage location "${context.location}": STORAGE_${context.location.toUpperCase()}_CREDENTIALS must be json:{...} with client_email and private_key.`,
        );
      }
      picked.credentials = credentials as GcsDriverOptions['credentials'] & object;
    }
    return createGcsDriver(picked);
  },
});
