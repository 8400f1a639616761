import { resolve } from 'node:path';
import { defineStorageDriver, stringOption } from '@plinth/storage';
import { createLocalDriver } from './create-local-driver.js';

/**
 * The `local` driver for the location manager. Options: `root` (`STORAGE_<LOC>_ROOT`, default
 * `./uploads`), resolved against the configuration's working directory.
 */
export const localDriver = defineStorageDriver({
  name: 'local',
  create(options, context) {
    const root = stringOption(options, 'root', context) ?? './uploads';
    return createLocalDriver({ root: resolve(context.cwd, root) });
  },
});
