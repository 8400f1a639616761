import { Readable } from 'node:stream';
import { isStorageError } from '@plinth/storage';
import { collectKeys, readAll } from '@plinth/storage/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAzureDriver } from '../src/index.js';
import { startAzurite, type TestAzurite } from './start-azurite.js';

describe('azure driver against azurite: roots and backend failures', () => {
  let azurite: TestAzurite;
  const connect = (containerName: string, root?: string) =>
    createAzureDriver({
      containerName,
      accountName: azurite.accountName,
      accountKey: azurite.accountKey,
      endpoint: azurite.endpoint,
      ...(root === undefined ? {} : { root }),
    });

  beforeAll(async () => {
    azurite = await startAzurite();
  });
  afterAll(() => azurite.stop());

  it('keeps locations with different roots apart in one container', async () => {
    await connect(azurite.containerName, 'photos').write('a.txt', Readable.from([Buffer.from('photo')]));
    await connect(azurite.containerName, 'docs').write('a.txt', Readable.from([Buffer.from('doc')]));
    const photos = connect(azurite.containerName, 'photos');
    expect((await readAll(await photos.read('a.txt'))).toString()).toBe('photo');
    expect(await collectKeys(connect(azurite.containerName).list())).toEqual(['docs/a.txt', 'photos/a.txt']);
  });

  it('does not mistake a missing container for a missing object', async () => {
    const error = await connect('no-such-container')
      .stat('a.txt')
      .catch((caught: unknown) => caught);
    expect(isStorageError(error)).toBe(false);
  });

  it('refuses a presigned URL once it has expired', async () => {
    const driver = connect(azurite.containerName);
    await driver.write('expiring.txt', Readable.from([Buffer.from('x')]));
    const url = await driver.presignRead('expiring.txt', { expiresIn: -60 });
    expect((await fetch(url)).status).toBe(403);
  });
});
