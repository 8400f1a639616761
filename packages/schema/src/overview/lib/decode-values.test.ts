import { describe, expect, it } from 'vitest';
import { decodeBoolean, decodeCsv, decodeJson, decodeNumber, decodeString } from './decode-values.js';

describe('decode-values', () => {
  it('decodes booleans as the engines return them', () => {
    expect([true, 1, '1', 'true'].map((v) => decodeBoolean(v, false))).toEqual([true, true, true, true]);
    expect([false, 0, '0', 'false'].map((v) => decodeBoolean(v, true))).toEqual([false, false, false, false]);
    expect(decodeBoolean(null, true)).toBe(true);
  });

  it('parses JSON text and keeps parsed values', () => {
    expect(decodeJson('{"a":1}')).toEqual({ a: 1 });
    expect(decodeJson({ a: 1 })).toEqual({ a: 1 });
    expect(decodeJson('not json')).toBeNull();
    expect(decodeJson('')).toBeNull();
  });

  it('splits CSV and keeps arrays', () => {
    expect(decodeCsv('hash, conceal')).toEqual(['hash', 'conceal']);
    expect(decodeCsv(['m2o'])).toEqual(['m2o']);
    expect(decodeCsv('')).toBeNull();
    expect(decodeCsv(null)).toBeNull();
  });

  it('reads strings and numbers', () => {
    expect(decodeString('')).toBeNull();
    expect(decodeString('x')).toBe('x');
    expect(decodeNumber('12')).toBe(12);
    expect(decodeNumber(3n)).toBe(3);
    expect(decodeNumber('abc')).toBeNull();
  });
});
