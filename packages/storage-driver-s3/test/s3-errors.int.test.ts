import { Readable } from 'node:stream';
import { isStorageError } from '@plinth/storage';
import { collectKeys, readAll } from '@plinth/storage/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3Driver } from '../src/index.js';
import { startS3rver, type TestS3Server } from './start-s3rver.js';

describe('s3 driver against s3rver: roots and backend failures', () => {
  let server: TestS3Server;
  const connect = (bucket: string, root?: string) =>
    createS3Driver({
      bucket,
      key: server.key,
      secret: server.secret,
      endpoint: server.endpoint,
      forcePathStyle: true,
      ...(root === undefined ? {} : { root }),
    });

  beforeAll(async () => {
    server = await startS3rver();
  });
  afterAll(() => server.stop());

  it('keeps locations with different roots apart in one bucket', async () => {
    const photos = connect(server.bucket, 'photos');
    const docs = connect(server.bucket, '/docs/');
    await photos.write('a.txt', Readable.from([Buffer.from('photo')]));
    await docs.write('a.txt', Readable.from([Buffer.from('doc')]));
    expect((await readAll(await photos.read('a.txt'))).toString()).toBe('photo');
    expect(await collectKeys(docs.list())).toEqual(['a.txt']);
    expect(await collectKeys(connect(server.bucket).list())).toEqual(['docs/a.txt', 'photos/a.txt']);
  });

  it('does not mistake a missing bucket for a missing object', async () => {
    const error = await connect('no-such-bucket')
      .read('a.txt')
      .catch((caught: unknown) => caught);
    expect(isStorageError(error)).toBe(false);
    expect(error).toMatchObject({ name: 'NoSuchBucket' });
  });

  it('refuses half-given credentials and a missing bucket option', () => {
    expect(() => createS3Driver({ bucket: 'b', key: 'only-key' })).toThrow(/both key and secret/);
    expect(() => createS3Driver({ bucket: '' })).toThrow(/needs a bucket/);
  });
});
