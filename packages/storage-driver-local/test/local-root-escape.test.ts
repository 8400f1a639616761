import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { StorageErrorCode } from '@plinth/storage';
import { collectKeys, readAll } from '@plinth/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalDriver, type LocalDriver } from '../src/index.js';

const invalidKey = { code: StorageErrorCode.InvalidKey };

describe('local driver: symbolic links and the root', () => {
  let base: string;
  let root: string;
  let outside: string;
  let driver: LocalDriver;

  beforeEach(async () => {
    base = await mkdtemp(join(tmpdir(), 'plinth-escape-'));
    root = join(base, 'root');
    outside = join(base, 'outside');
    await mkdir(root);
    await mkdir(outside);
    await writeFile(join(outside, 'secret.txt'), 'secret');
    await symlink(outside, join(root, 'linked-folder'));
    await symlink(join(outside, 'secret.txt'), join(root, 'linked-file.txt'));
    driver = createLocalDriver({ root });
  });

  afterEach(() => rm(base, { recursive: true, force: true }));

  it('does not read, stat or copy through a folder link that leads out of the root', async () => {
    await expect(driver.read('linked-folder/secret.txt')).rejects.toMatchObject(invalidKey);
    await expect(driver.stat('linked-folder/secret.txt')).rejects.toMatchObject(invalidKey);
    await expect(driver.copy('linked-folder/secret.txt', 'stolen.txt')).rejects.toMatchObject(invalidKey);
  });

  it('does not write through a folder link, and leaves the outside untouched', async () => {
    const body = Readable.from([Buffer.from('overwritten')]);
    await expect(driver.write('linked-folder/secret.txt', body)).rejects.toMatchObject(invalidKey);
    expect(await readFile(join(outside, 'secret.txt'), 'utf8')).toBe('secret');
  });

  it('does not follow a link at the end of a key', async () => {
    await expect(driver.read('linked-file.txt')).rejects.toMatchObject(invalidKey);
    await expect(driver.stat('linked-file.txt')).rejects.toMatchObject(invalidKey);
  });

  it('replaces a link on write instead of writing through it', async () => {
    await driver.write('linked-file.txt', Readable.from([Buffer.from('mine')]));
    expect((await readAll(await driver.read('linked-file.txt'))).toString()).toBe('mine');
    expect(await readFile(join(outside, 'secret.txt'), 'utf8')).toBe('secret');
  });

  it('removes a link itself on delete, never its target', async () => {
    await driver.delete('linked-file.txt');
    expect(await readFile(join(outside, 'secret.txt'), 'utf8')).toBe('secret');
  });

  it('lists neither links nor the temporary folder', async () => {
    await driver.write('kept.txt', Readable.from([Buffer.from('x')]));
    await driver.startChunkedWrite('pending.txt');
    expect(await collectKeys(driver.list())).toEqual(['kept.txt']);
    await expect(collectKeys(driver.list('linked-folder/'))).rejects.toMatchObject(invalidKey);
  });

  it('reserves the temporary folder', async () => {
    await expect(driver.write('.plinth-tmp/x', Readable.from([]))).rejects.toMatchObject(invalidKey);
    await expect(driver.read('.plinth-tmp/x')).rejects.toMatchObject(invalidKey);
  });

  it('refuses a chunked-write state pointing at another file', async () => {
    const forged = { key: 'x.txt', offset: 6, state: { part: '../../outside/secret.txt' } };
    await expect(driver.finishChunkedWrite(forged)).rejects.toMatchObject({
      code: StorageErrorCode.ChunkMismatch,
    });
    await expect(driver.abortChunkedWrite(forged)).rejects.toMatchObject({
      code: StorageErrorCode.ChunkMismatch,
    });
    expect(await readFile(join(outside, 'secret.txt'), 'utf8')).toBe('secret');
  });

  it('refuses a key whose folder is a file', async () => {
    await driver.write('file.txt', Readable.from([Buffer.from('x')]));
    await expect(driver.write('file.txt/child', Readable.from([]))).rejects.toMatchObject(invalidKey);
    await expect(driver.read('file.txt/child')).rejects.toMatchObject({ code: StorageErrorCode.NotFound });
  });

  it('refuses a relative root', () => {
    expect(() => createLocalDriver({ root: 'uploads' })).toThrow(/absolute/);
  });
});
