import { describe, expect, it } from 'vitest';
import { toBytes } from './to-bytes.js';
import { toMilliseconds } from './to-milliseconds.js';

describe('toMilliseconds', () => {
  it.each([
    ['30s', 30_000],
    ['15m', 900_000],
    ['1h', 3_600_000],
    ['7d', 604_800_000],
    ['1w', 604_800_000],
    ['7500ms', 7500],
    ['1.5s', 1500],
    ['2 h', 7_200_000],
  ])('reads %s', (text, expected) => {
    expect(toMilliseconds(text, 'ms')).toBe(expected);
  });

  it('reads bare numbers in the given unit', () => {
    expect(toMilliseconds('90', 'ms')).toBe(90);
    expect(toMilliseconds('90', 's')).toBe(90_000);
  });

  it('refuses what is not a duration', () => {
    expect(toMilliseconds('-5s', 'ms')).toBeUndefined();
    expect(toMilliseconds('5 minutes', 'ms')).toBeUndefined();
  });
});

describe('toBytes', () => {
  it.each([
    ['1mb', 1_048_576],
    ['10kb', 10_240],
    ['2GB', 2_147_483_648],
    ['8mb', 8_388_608],
    ['512', 512],
    ['1.5kb', 1536],
  ])('reads %s', (text, expected) => {
    expect(toBytes(text)).toBe(expected);
  });

  it('refuses what is not a size', () => {
    expect(toBytes('1 megabyte')).toBeUndefined();
    expect(toBytes('-1kb')).toBeUndefined();
  });
});
