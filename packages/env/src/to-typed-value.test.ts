import { describe, expect, it } from 'vitest';
import { EnvError } from './env-error.js';
import { toTypedValue } from './to-typed-value.js';

describe('toTypedValue', () => {
  it('guesses booleans and numbers, and keeps other text', () => {
    expect(toTypedValue('true')).toBe(true);
    expect(toTypedValue('False')).toBe(false);
    expect(toTypedValue('42')).toBe(42);
    expect(toTypedValue('1.5')).toBe(1.5);
    expect(toTypedValue('007')).toBe('007');
    expect(toTypedValue('eu-west-1')).toBe('eu-west-1');
  });

  it('follows forced types', () => {
    expect(toTypedValue('string:42')).toBe('42');
    expect(toTypedValue('number:007')).toBe(7);
    expect(toTypedValue('boolean:1')).toBe(true);
    expect(toTypedValue('array:a, b')).toEqual(['a', 'b']);
    expect(toTypedValue('json:{"a":[1,2]}')).toEqual({ a: [1, 2] });
    expect(toTypedValue('regex:^a')).toEqual(/^a/);
  });

  it('throws an EnvError naming the variable when a forced type does not fit', () => {
    expect(() => toTypedValue('json:{', 'STORAGE_GCS_CREDENTIALS')).toThrow(EnvError);
    expect(() => toTypedValue('json:{', 'STORAGE_GCS_CREDENTIALS')).toThrow(
      'STORAGE_GCS_CREDENTIALS must be valid JSON after json:, got a hidden value.',
    );
    expect(() => toTypedValue('number:x', 'DB_POOL__IDLE')).toThrow(
      /^DB_POOL__IDLE must be a number after number:, got "number:x"/,
    );
  });
});
