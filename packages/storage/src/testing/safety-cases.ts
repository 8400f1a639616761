import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { StorageErrorCode } from '../storage-error.js';
import type { ConformanceContext } from './conformance-context.js';
import {
  collectKeys,
  digestOf,
  failingStream,
  generatedDigest,
  generatedStream,
} from './generated-stream.js';

/** Keys that must never reach a backend: each tries to leave the root or to confuse a path parser. */
export const ESCAPING_KEYS: readonly string[] = [
  '../outside.txt',
  'a/../../outside.txt',
  'a/..',
  '..',
  '.',
  './a.txt',
  '/etc/passwd',
  '//server/share/x',
  '..\\outside.txt',
  'a\\..\\..\\outside.txt',
  'C:/Windows/win.ini',
  'c:outside.txt',
  'nul\u0000byte.txt',
  'line\nbreak.txt',
  'a//b.txt',
  'trailing/',
  '',
  'x'.repeat(1025),
];

/** Path escapes refused, and a large object streamed both ways. */
export function describeSafetyCases(context: ConformanceContext): void {
  const driver = () => context.driver();

  describe('keys that escape the root', () => {
    it.each(ESCAPING_KEYS.map((key) => [JSON.stringify(key).slice(0, 60), key]))(
      'refuses %s everywhere',
      async (_, bad) => {
        const refused = { code: StorageErrorCode.InvalidKey };
        await expect(driver().write(bad, Readable.from([Buffer.from('x')]))).rejects.toMatchObject(refused);
        await expect(driver().read(bad)).rejects.toMatchObject(refused);
        await expect(driver().stat(bad)).rejects.toMatchObject(refused);
        await expect(driver().exists(bad)).rejects.toMatchObject(refused);
        await expect(driver().delete(bad)).rejects.toMatchObject(refused);
      },
    );

    it('refuses list prefixes that escape the root', async () => {
      for (const bad of ['../', '/etc/', 'a/../../', '..\\', 'a//']) {
        await expect(collectKeys(driver().list(bad))).rejects.toMatchObject({
          code: StorageErrorCode.InvalidKey,
        });
      }
    });
  });

  describe('large objects', () => {
    const size = context.options.largeSize ?? 20 * 1024 * 1024;

    it(`streams ${Math.round(size / 1024 / 1024)} MiB in and out without holding it`, async () => {
      const big = context.key('large.bin');
      const result = await driver().write(big, generatedStream(size, 7));
      expect(result.size).toBe(size);
      expect((await driver().stat(big)).size).toBe(size);
      const expected = await generatedDigest(size, 7);
      expect(await digestOf(await driver().read(big))).toBe(expected);
      const tail = await digestOf(await driver().read(big, { start: size - 1000 }));
      const generatedTail = await digestOf(
        (async function* () {
          let seen = 0;
          for await (const chunk of generatedStream(size, 7) as AsyncIterable<Buffer>) {
            const from = Math.max(0, size - 1000 - seen);
            if (from < chunk.length) yield chunk.subarray(from);
            seen += chunk.length;
          }
        })(),
      );
      expect(tail).toBe(generatedTail);
    });

    it('leaves no object when a body fails after several parts were sent', async () => {
      // 12 MiB: past S3's part size and Azure's block size, so multipart clean-up paths run.
      const cut = context.key('large-cut-off.bin');
      await expect(driver().write(cut, failingStream(Buffer.alloc(12 * 1024 * 1024, 7)))).rejects.toThrow();
      expect(await driver().exists(cut)).toBe(false);
      expect(await collectKeys(driver().list(cut))).toEqual([]);
    });
  });
}
