import { Buffer } from 'node:buffer';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { StorageErrorCode } from '../storage-error.js';
import type { ConformanceContext } from './conformance-context.js';
import { collectKeys, failingStream, readAll } from './generated-stream.js';

const body = (text: string | Buffer): Readable => Readable.from([Buffer.from(text)]);
const bytes = Buffer.from(Array.from({ length: 100 }, (_, index) => index));

/** Reading, writing, stat, delete, listing and missing objects. */
export function describeCoreCases(context: ConformanceContext): void {
  const { key } = context;
  const driver = () => context.driver();

  describe('objects', () => {
    it('reads back what was written and reports its size', async () => {
      const result = await driver().write(key('round-trip.txt'), body('hello, storage'));
      expect(result.size).toBe(14);
      expect((await readAll(await driver().read(key('round-trip.txt')))).toString()).toBe('hello, storage');
    });

    it('stores an empty object', async () => {
      expect((await driver().write(key('empty'), Readable.from([]))).size).toBe(0);
      expect((await driver().stat(key('empty'))).size).toBe(0);
      expect((await readAll(await driver().read(key('empty')))).length).toBe(0);
    });

    it('replaces an object on overwrite, shorter content included', async () => {
      await driver().write(key('overwrite.txt'), body('a rather long first version'));
      await driver().write(key('overwrite.txt'), body('short'));
      expect((await readAll(await driver().read(key('overwrite.txt')))).toString()).toBe('short');
      expect((await driver().stat(key('overwrite.txt'))).size).toBe(5);
    });

    it('writes under nested folders that do not exist yet', async () => {
      await driver().write(key('a/b/c/deep.bin'), body(bytes));
      expect(await readAll(await driver().read(key('a/b/c/deep.bin')))).toEqual(bytes);
    });

    it('keeps spaces, unicode and URL characters in keys as they are', async () => {
      const odd = key('odd names/ünï cödé+%20#&=?.txt');
      await driver().write(odd, body('odd'));
      expect((await readAll(await driver().read(odd))).toString()).toBe('odd');
      expect(await collectKeys(driver().list(key('odd names/')))).toEqual([odd]);
    });

    it('stats size and modification time', async () => {
      const before = Date.now();
      await driver().write(key('stat.bin'), body(bytes));
      const stat = await driver().stat(key('stat.bin'));
      expect(stat.size).toBe(100);
      expect(stat.modified).toBeInstanceOf(Date);
      // Backends keep whole seconds at best; a minute either way allows for that and clock steps.
      expect(Math.abs(stat.modified.getTime() - before)).toBeLessThan(60_000);
    });

    it('knows which objects exist', async () => {
      await driver().write(key('exists.txt'), body('x'));
      expect(await driver().exists(key('exists.txt'))).toBe(true);
      expect(await driver().exists(key('exists-not.txt'))).toBe(false);
      expect(await driver().exists(key('a/b'))).toBe(false);
    });

    it('deletes objects, and deleting a missing one is not an error', async () => {
      await driver().write(key('delete.txt'), body('x'));
      await driver().delete(key('delete.txt'));
      expect(await driver().exists(key('delete.txt'))).toBe(false);
      await expect(driver().read(key('delete.txt'))).rejects.toMatchObject({
        code: StorageErrorCode.NotFound,
      });
      await expect(driver().delete(key('delete.txt'))).resolves.toBeUndefined();
    });

    it('answers a missing object with STORAGE_NOT_FOUND', async () => {
      const missing = key('missing/nothing.txt');
      await expect(driver().read(missing)).rejects.toMatchObject({
        code: StorageErrorCode.NotFound,
        key: missing,
      });
      await expect(driver().stat(missing)).rejects.toMatchObject({ code: StorageErrorCode.NotFound });
      await expect(driver().read(missing, { start: 1 })).rejects.toMatchObject({
        code: StorageErrorCode.NotFound,
      });
    });

    it('leaves the previous object in place when the body fails midway', async () => {
      await driver().write(key('cut-off.txt'), body('previous'));
      await expect(
        driver().write(key('cut-off.txt'), failingStream(Buffer.alloc(1024, 1))),
      ).rejects.toThrow();
      expect((await readAll(await driver().read(key('cut-off.txt')))).toString()).toBe('previous');
      await expect(
        driver().write(key('cut-off-new.txt'), failingStream(Buffer.alloc(1024, 1))),
      ).rejects.toThrow();
      expect(await driver().exists(key('cut-off-new.txt'))).toBe(false);
    });

    it('writes to distinct keys concurrently', async () => {
      const names = Array.from({ length: 12 }, (_, index) => key(`concurrent/${index}.txt`));
      await Promise.all(
        names.map((name, index) => driver().write(name, body(`content ${index} `.repeat(index + 1)))),
      );
      const read = await Promise.all(
        names.map(async (name) => (await readAll(await driver().read(name))).toString()),
      );
      expect(read).toEqual(names.map((_, index) => `content ${index} `.repeat(index + 1)));
    });
  });

  describe('ranges', () => {
    const read = async (range: { start?: number; end?: number }) =>
      readAll(await driver().read(key('range.bin'), range));
    const prepare = () => driver().write(key('range.bin'), body(bytes));

    it('reads from a start offset to the end', async () => {
      await prepare();
      expect(await read({ start: 90 })).toEqual(bytes.subarray(90));
    });

    it('reads between two offsets, both inclusive', async () => {
      await prepare();
      expect(await read({ start: 10, end: 19 })).toEqual(bytes.subarray(10, 20));
      expect(await read({ start: 0, end: 0 })).toEqual(bytes.subarray(0, 1));
      expect(await read({ end: 4 })).toEqual(bytes.subarray(0, 5));
    });

    it('stops at the last byte when the end is past it', async () => {
      await prepare();
      expect(await read({ start: 95, end: 10_000 })).toEqual(bytes.subarray(95));
    });

    it('refuses a start past the last byte and malformed ranges', async () => {
      await prepare();
      await expect(read({ start: 100 })).rejects.toMatchObject({
        code: StorageErrorCode.RangeNotSatisfiable,
      });
      await expect(read({ start: 5, end: 2 })).rejects.toMatchObject({ code: StorageErrorCode.InvalidRange });
      await expect(read({ start: -1 })).rejects.toMatchObject({ code: StorageErrorCode.InvalidRange });
      await expect(read({ start: 1.5 })).rejects.toMatchObject({ code: StorageErrorCode.InvalidRange });
    });
  });

  describe('listing', () => {
    const names = ['list/a.txt', 'list/b/c.txt', 'list/b/d/e.txt', 'list/bc.txt', 'listed.txt'];
    const prepare = () => Promise.all(names.map((name) => driver().write(key(name), body(name))));
    const list = (prefix: string) => collectKeys(driver().list(key(prefix)));

    it('lists every key under a folder prefix, recursively', async () => {
      await prepare();
      expect(await list('list/')).toEqual(
        ['list/a.txt', 'list/b/c.txt', 'list/b/d/e.txt', 'list/bc.txt'].map(key),
      );
    });

    it('treats the prefix as a plain string prefix', async () => {
      await prepare();
      expect(await list('list/b')).toEqual(['list/b/c.txt', 'list/b/d/e.txt', 'list/bc.txt'].map(key));
      expect(await list('list')).toEqual(names.map(key));
      expect(await list('list/b/')).toEqual(['list/b/c.txt', 'list/b/d/e.txt'].map(key));
    });

    it('lists nothing for a prefix nothing starts with', async () => {
      expect(await list('nothing-here/')).toEqual([]);
      expect(await list('nothing-here')).toEqual([]);
    });

    it('stops listing deleted objects', async () => {
      await prepare();
      await driver().delete(key('list/bc.txt'));
      expect(await list('list/b')).toEqual(['list/b/c.txt', 'list/b/d/e.txt'].map(key));
    });
  });
}
