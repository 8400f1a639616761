import { defineStorageDriver, stringOption } from '@plinth/storage';
import { createAzureDriver } from './create-azure-driver.js';

/**
 * The `azure` driver for the location manager, reading `STORAGE_<LOC>_CONTAINER_NAME`, `_ACCOUNT_NAME`,
 * `_ACCOUNT_KEY` (all required), `_ENDPOINT` and `_ROOT`, as Directus names them.
 */
export const azureDriver = defineStorageDriver({
  name: 'azure',
  create(options, context) {
    const endpoint = stringOption(options, 'endpoint', context);
    const root = stringOption(options, 'root', context);
    return createAzureDriver({
      containerName: stringOption(options, 'containerName', context, true),
      accountName: stringOption(options, 'accountName', context, true),
      accountKey: stringOption(options, 'accountKey', context, true),
      ...(endpoint === undefined ? {} : { endpoint }),
      ...(root === undefined ? {} : { root }),
    });
  },
});
