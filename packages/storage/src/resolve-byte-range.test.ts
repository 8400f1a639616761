import { describe, expect, it } from 'vitest';
import { resolveByteRange } from './resolve-byte-range.js';
import { StorageErrorCode } from './storage-error.js';

describe('resolveByteRange', () => {
  it('fills in missing ends and clamps the end to the last byte', () => {
    expect(resolveByteRange({}, 100)).toEqual({ start: 0, end: 99 });
    expect(resolveByteRange({ start: 10 }, 100)).toEqual({ start: 10, end: 99 });
    expect(resolveByteRange({ end: 9 }, 100)).toEqual({ start: 0, end: 9 });
    expect(resolveByteRange({ start: 50, end: 500 }, 100)).toEqual({ start: 50, end: 99 });
    expect(resolveByteRange({ start: 99, end: 99 }, 100)).toEqual({ start: 99, end: 99 });
  });

  it('reads an empty object as nothing', () => {
    expect(resolveByteRange({}, 0)).toEqual({ start: 0, end: -1 });
  });

  it('refuses a start past the last byte', () => {
    expect(() => resolveByteRange({ start: 100 }, 100, 'k')).toThrow(
      expect.objectContaining({ code: StorageErrorCode.RangeNotSatisfiable, key: 'k' }),
    );
    expect(() => resolveByteRange({ start: 1 }, 0)).toThrow(
      expect.objectContaining({ code: StorageErrorCode.RangeNotSatisfiable }),
    );
  });

  it.each([{ start: -1 }, { end: -5 }, { start: 0.5 }, { start: 5, end: 4 }, { start: Number.NaN }])(
    'refuses %j',
    (range) => {
      expect(() => resolveByteRange(range, 100)).toThrow(
        expect.objectContaining({ code: StorageErrorCode.InvalidRange }),
      );
    },
  );
});
