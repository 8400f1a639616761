import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createMemoryDriver } from '../test/memory-driver.js';
import { copyObject, moveObject } from './copy-object.js';
import type { StorageDriver } from './storage-driver.js';
import { StorageErrorCode } from './storage-error.js';
import type { CopyAbility } from './supports-copy.js';
import { readAll } from './testing/generated-stream.js';

const text = async (driver: StorageDriver, key: string) => (await readAll(await driver.read(key))).toString();

describe('copyObject and moveObject', () => {
  it('stream the bytes when the driver cannot copy', async () => {
    const driver = createMemoryDriver();
    await driver.write('a.txt', Readable.from([Buffer.from('payload')]));
    await copyObject(driver, 'a.txt', 'b.txt');
    expect(await text(driver, 'b.txt')).toBe('payload');
    await moveObject(driver, 'b.txt', 'c/d.txt');
    expect(await driver.exists('b.txt')).toBe(false);
    expect(await text(driver, 'c/d.txt')).toBe('payload');
    expect(await text(driver, 'a.txt')).toBe('payload');
  });

  it('leave the target alone when the source is missing', async () => {
    const driver = createMemoryDriver();
    await driver.write('target', Readable.from([Buffer.from('kept')]));
    await expect(moveObject(driver, 'missing', 'target')).rejects.toMatchObject({
      code: StorageErrorCode.NotFound,
    });
    expect(await text(driver, 'target')).toBe('kept');
  });

  it('use the driver’s own copy and move when it has them', async () => {
    const calls: string[] = [];
    const driver: StorageDriver & CopyAbility = {
      ...createMemoryDriver(),
      copy: async (from, to) => void calls.push(`copy ${from} ${to}`),
      move: async (from, to) => void calls.push(`move ${from} ${to}`),
    };
    await copyObject(driver, 'a', 'b');
    await moveObject(driver, 'b', 'c');
    expect(calls).toEqual(['copy a b', 'move b c']);
  });
});
