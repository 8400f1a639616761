import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { isPlinthError } from '@plinth/errors';
import { describe, expect, it } from 'vitest';
import { assertAllowedType } from './assert-allowed-type.js';
import { limitSize } from './limit-size.js';
import { toDiskName } from './to-disk-name.js';

describe('assertAllowedType', () => {
  it('matches globs, ignoring parameters and case', () => {
    expect(() => assertAllowedType('image/png', ['image/*'])).not.toThrow();
    expect(() => assertAllowedType('Text/Plain; charset=utf-8', ['text/plain'])).not.toThrow();
    expect(() => assertAllowedType('anything/else', ['*/*'])).not.toThrow();
  });

  it('refuses other types with INVALID_PAYLOAD', () => {
    let error: unknown;
    try {
      assertAllowedType('application/pdf', ['image/*', 'text/plain']);
    } catch (caught) {
      error = caught;
    }
    expect(isPlinthError(error, 'INVALID_PAYLOAD')).toBe(true);
    expect((error as Error).message).toContain('File is of invalid content type');
  });
});

describe('limitSize', () => {
  it('passes up to the limit and fails with 413 beyond it', async () => {
    const sink: Buffer[] = [];
    await pipeline(Readable.from([Buffer.alloc(5), Buffer.alloc(5)]), limitSize(10), async (source) => {
      for await (const chunk of source) sink.push(chunk as Buffer);
    });
    expect(Buffer.concat(sink).length).toBe(10);
    await expect(
      pipeline(Readable.from([Buffer.alloc(6), Buffer.alloc(6)]), limitSize(10), async (source) => {
        for await (const _ of source);
      }),
    ).rejects.toMatchObject({ code: 'CONTENT_TOO_LARGE' });
  });
});

describe('toDiskName', () => {
  it('keeps only a plain extension', () => {
    expect(toDiskName('abc', 'Photo.JPG')).toBe('abc.jpg');
    expect(toDiskName('abc', '../../etc/passwd')).toBe('abc');
    expect(toDiskName('abc', 'x.tar/../..')).toBe('abc');
    expect(toDiskName('abc', null)).toBe('abc');
  });
});
