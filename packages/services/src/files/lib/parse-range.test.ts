import { describe, expect, it } from 'vitest';
import { parseRange } from './parse-range.js';

describe('parseRange', () => {
  it('reads closed, open and suffix ranges', () => {
    expect(parseRange('bytes=0-9', 100)).toEqual({ start: 0, end: 9 });
    expect(parseRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=95-500', 100)).toEqual({ start: 95, end: 99 });
    expect(parseRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
  });

  it('ignores no header, other units and multiple ranges', () => {
    expect(parseRange(undefined, 100)).toBeUndefined();
    expect(parseRange('items=0-1', 100)).toBeUndefined();
    expect(parseRange('bytes=0-1,5-6', 100)).toBeUndefined();
  });

  it('refuses ranges outside the object or malformed with 416', () => {
    for (const header of ['bytes=100-', 'bytes=5-2', 'bytes=a-b', 'bytes=-', 'bytes=-0']) {
      expect(() => parseRange(header, 100), header).toThrow(
        expect.objectContaining({ code: 'RANGE_NOT_SATISFIABLE' }),
      );
    }
  });
});
