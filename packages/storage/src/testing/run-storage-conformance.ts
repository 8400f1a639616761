import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe } from 'vitest';
import type { StorageDriver } from '../storage-driver.js';
import { describeAbilityCases } from './ability-cases.js';
import type { ConformanceContext, ConformanceOptions } from './conformance-context.js';
import { describeCoreCases } from './core-cases.js';
import { collectKeys } from './generated-stream.js';
import { describeSafetyCases } from './safety-cases.js';

/**
 * Registers the storage conformance suite with vitest: round trips, ranges, stat, delete, listing,
 * overwrite, failed bodies, concurrent writes, a large streamed object, missing keys, refused path
 * escapes, and each optional ability the driver has. Call it at the top level of a test file.
 *
 * Every object the suite writes lives under a random prefix, deleted at the end, so the driver may
 * point at a bucket or folder that holds other data.
 *
 * @param name Shown in the test names, e.g. `'local'`.
 * @param makeDriver Called once before the first case; may start a server first.
 *
 * @example
 * runStorageConformance('local', async () => createLocalDriver({ root: await mkdtemp(tmp) }), {
 *   abilities: ['copy', 'chunkedWrite'],
 * });
 */
export function runStorageConformance(
  name: string,
  makeDriver: () => StorageDriver | Promise<StorageDriver>,
  options: ConformanceOptions,
): void {
  let driver: StorageDriver | undefined;
  const prefix = `conformance-${randomBytes(4).toString('hex')}/`;
  const context: ConformanceContext = {
    driver() {
      if (!driver) throw new Error(`The ${name} driver was not created: see the beforeAll error.`);
      return driver;
    },
    key: (key) => prefix + key,
    prefix,
    options,
  };

  describe(`storage conformance: ${name}`, () => {
    beforeAll(async () => {
      driver = await makeDriver();
    });

    afterAll(async () => {
      try {
        if (driver) {
          for (const key of await collectKeys(driver.list(prefix))) await driver.delete(key);
        }
      } finally {
        await options.teardown?.();
      }
    });

    describeCoreCases(context);
    describeSafetyCases(context);
    describeAbilityCases(context);
  });
}
