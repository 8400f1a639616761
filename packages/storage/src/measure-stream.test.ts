import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { measureStream } from './measure-stream.js';
import { failingStream, readAll } from './testing/generated-stream.js';

describe('measureStream', () => {
  it('passes bytes through and counts them', async () => {
    const measured = measureStream(Readable.from([Buffer.from('abc'), Buffer.from('defg')]));
    expect((await readAll(measured.stream)).toString()).toBe('abcdefg');
    expect(measured.bytes()).toBe(7);
  });

  it('fails when the source fails', async () => {
    const measured = measureStream(failingStream(Buffer.from('partial')));
    await expect(readAll(measured.stream)).rejects.toThrow('the client went away');
  });
});
