import { runStorageConformance } from '@plinth/storage/testing';
import { createS3Driver } from '../src/index.js';
import { startS3rver, type TestS3Server } from './start-s3rver.js';

let server: TestS3Server | undefined;

runStorageConformance(
  's3 (s3rver)',
  async () => {
    server = await startS3rver();
    return createS3Driver({
      bucket: server.bucket,
      key: server.key,
      secret: server.secret,
      endpoint: server.endpoint,
      forcePathStyle: true,
      root: 'plinth',
      // Small parts, so the large-object case goes through a real multipart upload.
      partSize: 5 * 1024 * 1024,
    });
  },
  { abilities: ['copy', 'presign'], teardown: () => server?.stop() },
);
