import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStorageConformance } from '@plinth/storage/testing';
import { createLocalDriver } from '../src/index.js';

let root = '';

runStorageConformance(
  'local',
  async () => {
    root = await mkdtemp(join(tmpdir(), 'plinth-local-'));
    return createLocalDriver({ root });
  },
  {
    abilities: ['copy', 'chunkedWrite'],
    teardown: () => rm(root, { recursive: true, force: true }),
  },
);
