// Streams a large generated object through the local driver and back, printing times and peak RSS.
// Usage: pnpm --filter @plinth/storage-driver-local measure [megabytes=200]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureRoundTrip } from '@plinth/storage/testing';
import { createLocalDriver } from '../src/index.js';

const megabytes = Number(process.argv[2] ?? 200);
const root = await mkdtemp(join(tmpdir(), 'plinth-measure-local-'));
try {
  const result = await measureRoundTrip(
    createLocalDriver({ root }),
    'measure/large.bin',
    megabytes * 1024 * 1024,
  );
  console.log(JSON.stringify({ driver: 'local', megabytes, ...result }));
} finally {
  await rm(root, { recursive: true, force: true });
}
