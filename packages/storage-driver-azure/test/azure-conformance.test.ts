import { runStorageConformance } from '@plinth/storage/testing';
import { createAzureDriver } from '../src/index.js';
import { startAzurite, type TestAzurite } from './start-azurite.js';

let azurite: TestAzurite | undefined;

runStorageConformance(
  'azure (azurite)',
  async () => {
    azurite = await startAzurite();
    return createAzureDriver({
      containerName: azurite.containerName,
      accountName: azurite.accountName,
      accountKey: azurite.accountKey,
      endpoint: azurite.endpoint,
      root: 'plinth',
      // Small blocks, so the large-object case commits many.
      blockSize: 1024 * 1024,
    });
  },
  { abilities: ['copy', 'presign'], teardown: () => azurite?.stop() },
);
