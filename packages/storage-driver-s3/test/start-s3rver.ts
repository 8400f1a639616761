import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

/** A running s3rver with one empty bucket, on a free port, storing into a temporary folder. */
export interface TestS3Server {
  endpoint: string;
  bucket: string;
  /** s3rver's built-in account. */
  key: string;
  secret: string;
  stop(): Promise<void>;
}

/** Starts s3rver on 127.0.0.1 and an OS-chosen port. */
export async function startS3rver(bucket = 'plinth-test'): Promise<TestS3Server> {
  const directory = await mkdtemp(join(tmpdir(), 'plinth-s3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    key: 'S3RVER',
    secret: 'S3RVER',
    async stop() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
