import { Readable } from 'node:stream';
import { readAll } from '@plinth/storage/testing';
import { describe, expect, it } from 'vitest';
import { rangeOvershoot, sliceStream } from './slice-stream.js';

describe('rangeOvershoot', () => {
  it('is undefined when the server sent the range asked for', () => {
    expect(rangeOvershoot({ start: 10, end: 19 }, 'bytes 10-19/100')).toBeUndefined();
    expect(rangeOvershoot({ start: 10 }, 'bytes 10-99/100')).toBeUndefined();
    expect(rangeOvershoot({ start: 90, end: 500 }, 'bytes 90-99/100')).toBeUndefined();
  });

  it('trims an answer longer than asked, or a whole object sent without Content-Range', () => {
    expect(rangeOvershoot({ start: 0, end: 0 }, 'bytes 0-99/100')).toEqual({ skip: 0, length: 1 });
    expect(rangeOvershoot({ start: 10, end: 19 }, undefined)).toEqual({ skip: 10, length: 10 });
    expect(rangeOvershoot({ start: 10 }, undefined)).toEqual({ skip: 10, length: undefined });
  });
});

describe('sliceStream', () => {
  it('skips and limits across chunk boundaries', async () => {
    const source = Readable.from([Buffer.from('abcd'), Buffer.from('efgh'), Buffer.from('ijkl')]);
    expect((await readAll(source.pipe(sliceStream(3, 6)))).toString()).toBe('defghi');
  });
});
