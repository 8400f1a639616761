import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { StorageDriver } from '../storage-driver.js';
import { StorageErrorCode } from '../storage-error.js';
import { supportsChunkedWrite } from '../supports-chunked-write.js';
import { supportsCopy } from '../supports-copy.js';
import { supportsPresign } from '../supports-presign.js';
import type { ConformanceContext, StorageAbility } from './conformance-context.js';
import { readAll } from './generated-stream.js';

const body = (text: string | Buffer): Readable => Readable.from([Buffer.from(text)]);
const text = async (stream: Promise<Readable>) => (await readAll(await stream)).toString();

/**
 * The optional abilities: the driver's guards must agree with what it declares, and each declared
 * ability's cases run (an ability the driver does not declare has no cases to run).
 */
export function describeAbilityCases(context: ConformanceContext): void {
  const { key } = context;
  const declared = new Set(context.options.abilities);
  const driver = () => context.driver();
  // The declaration check above fails a driver whose guards disagree; these only narrow the type.
  const withAbility = <T extends StorageDriver>(
    guard: (d: StorageDriver) => d is T,
    name: StorageAbility,
  ) => {
    const current = driver();
    if (!guard(current)) throw new Error(`the driver declares "${name}" but its guard says it lacks it`);
    return current;
  };

  describe('abilities', () => {
    it('has exactly the abilities it declares', async () => {
      const found: StorageAbility[] = [];
      if (supportsPresign(driver())) found.push('presign');
      if (supportsChunkedWrite(driver())) found.push('chunkedWrite');
      if (supportsCopy(driver())) found.push('copy');
      expect(found.sort()).toEqual([...context.options.abilities].sort());
    });
  });

  if (declared.has('copy'))
    describe('copy and move', () => {
      it('copies an object, replacing the target', async () => {
        const current = withAbility(supportsCopy, 'copy');
        await current.write(key('copy/from.txt'), body('original'));
        await current.write(key('copy/to.txt'), body('to be replaced'));
        await current.copy(key('copy/from.txt'), key('copy/to.txt'));
        expect(await text(current.read(key('copy/to.txt')))).toBe('original');
        expect(await text(current.read(key('copy/from.txt')))).toBe('original');
      });

      it('moves an object', async () => {
        const current = withAbility(supportsCopy, 'copy');
        await current.write(key('move/from.txt'), body('moving'));
        await current.move(key('move/from.txt'), key('move/deeper/to.txt'));
        expect(await current.exists(key('move/from.txt'))).toBe(false);
        expect(await text(current.read(key('move/deeper/to.txt')))).toBe('moving');
      });

      it('refuses to copy a missing object or to an escaping key', async () => {
        const current = withAbility(supportsCopy, 'copy');
        await expect(current.copy(key('copy/missing'), key('copy/x'))).rejects.toMatchObject({
          code: StorageErrorCode.NotFound,
        });
        await current.write(key('copy/source.txt'), body('x'));
        await expect(current.copy(key('copy/source.txt'), '../x')).rejects.toMatchObject({
          code: StorageErrorCode.InvalidKey,
        });
        await expect(current.move('../x', key('copy/y'))).rejects.toMatchObject({
          code: StorageErrorCode.InvalidKey,
        });
      });
    });

  if (declared.has('presign'))
    describe('presigned URLs', () => {
      it('hands out a URL that reads the object', async () => {
        const current = withAbility(supportsPresign, 'presign');
        await current.write(key('presign/read.txt'), body('signed read'), { contentType: 'text/plain' });
        const response = await fetch(await current.presignRead(key('presign/read.txt'), { expiresIn: 60 }));
        expect(response.status).toBe(200);
        expect(await response.text()).toBe('signed read');
      });

      it('hands out a URL that stores a PUT body', async () => {
        const current = withAbility(supportsPresign, 'presign');
        const signed = await current.presignWrite(key('presign/write.txt'), { contentType: 'text/plain' });
        const response = await fetch(signed.url, {
          method: 'PUT',
          headers: signed.headers,
          body: 'signed write',
        });
        expect(response.ok).toBe(true);
        expect(await text(current.read(key('presign/write.txt')))).toBe('signed write');
      });
    });

  if (declared.has('chunkedWrite'))
    describe('chunked writes', () => {
      it('assembles chunks sent separately, across a JSON round trip of the state', async () => {
        const current = withAbility(supportsChunkedWrite, 'chunkedWrite');
        const first = Buffer.alloc(Math.max(current.minChunkSize, 16), 'a');
        let upload = await current.startChunkedWrite(key('chunked/whole.txt'), { contentType: 'text/plain' });
        upload = await current.writeChunk(JSON.parse(JSON.stringify(upload)), body(first));
        expect(upload.offset).toBe(first.length);
        upload = await current.writeChunk(JSON.parse(JSON.stringify(upload)), body('the end'));
        expect(await current.exists(key('chunked/whole.txt'))).toBe(false);
        const result = await current.finishChunkedWrite(JSON.parse(JSON.stringify(upload)));
        expect(result.size).toBe(first.length + 7);
        expect(await text(current.read(key('chunked/whole.txt')))).toBe(first.toString() + 'the end');
      });

      it('refuses a chunk that does not start where the write stands', async () => {
        const current = withAbility(supportsChunkedWrite, 'chunkedWrite');
        const start = await current.startChunkedWrite(key('chunked/mismatch.txt'));
        await current.writeChunk(start, body(Buffer.alloc(Math.max(current.minChunkSize, 16), 'b')));
        await expect(current.writeChunk(start, body('again at zero'))).rejects.toMatchObject({
          code: StorageErrorCode.ChunkMismatch,
        });
        await current.abortChunkedWrite(start);
      });

      it('throws the chunks away on abort', async () => {
        const current = withAbility(supportsChunkedWrite, 'chunkedWrite');
        let upload = await current.startChunkedWrite(key('chunked/aborted.txt'));
        upload = await current.writeChunk(upload, body('some bytes'));
        await current.abortChunkedWrite(upload);
        await current.abortChunkedWrite(upload);
        expect(await current.exists(key('chunked/aborted.txt'))).toBe(false);
        await expect(current.writeChunk(upload, body('late'))).rejects.toMatchObject({
          code: StorageErrorCode.ChunkMismatch,
        });
      });

      it('refuses to start a chunked write at an escaping key', async () => {
        const current = withAbility(supportsChunkedWrite, 'chunkedWrite');
        await expect(current.startChunkedWrite('../escape')).rejects.toMatchObject({
          code: StorageErrorCode.InvalidKey,
        });
      });
    });
}
