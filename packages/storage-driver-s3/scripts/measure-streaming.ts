// Streams a large generated object through the S3 driver into s3rver (run in this same process, so
// its memory counts too) and back, printing times and peak RSS.
// Usage: pnpm --filter @plinth/storage-driver-s3 measure [megabytes=200]
import { measureRoundTrip } from '@plinth/storage/testing';
import { createS3Driver } from '../src/index.js';
import { startS3rver } from '../test/start-s3rver.js';

const megabytes = Number(process.argv[2] ?? 200);
const server = await startS3rver();
try {
  const driver = createS3Driver({
    bucket: server.bucket,
    key: server.key,
    secret: server.secret,
    endpoint: server.endpoint,
    forcePathStyle: true,
  });
  const result = await measureRoundTrip(driver, 'measure/large.bin', megabytes * 1024 * 1024);
  console.log(JSON.stringify({ driver: 's3 (s3rver)', megabytes, ...result }));
} finally {
  await server.stop();
}
