import { describe, expect, it } from 'vitest';
import { pickPaths } from './pick-paths.js';

describe('pickPaths', () => {
  const source = { ifd0: { Make: 'A', Model: 'B' }, exif: { FNumber: 2 }, icc: { description: 'sRGB' } };

  it('keeps dotted paths and whole sections, skips what is missing', () => {
    expect(pickPaths(source, ['ifd0.Make', 'icc', 'gps.Latitude', 'exif.Nope'])).toEqual({
      ifd0: { Make: 'A' },
      icc: { description: 'sRGB' },
    });
  });

  it('keeps everything for *', () => {
    expect(pickPaths(source, '*')).toBe(source);
    expect(pickPaths(source, ['*'])).toBe(source);
  });
});
