import { describe, expect, it } from 'vitest';
import { FormValueError, toApiValue, toFormValue } from './form-values.js';

describe('toFormValue', () => {
  it('makes strings for inputs and booleans for toggles', () => {
    expect(toFormValue('text', null)).toBe('');
    expect(toFormValue('boolean', null)).toBe(false);
    expect(toFormValue('boolean', 1)).toBe(true);
    expect(toFormValue('integer', 42)).toBe('42');
    expect(toFormValue('json', { a: 1 })).toBe('{\n  "a": 1\n}');
    expect(toFormValue('m2o', { id: 7, name: 'x' })).toBe('7');
  });

  it('cuts timestamps to what a datetime-local input takes', () => {
    expect(toFormValue('datetime', '2024-01-01T10:00:00.000Z')).toBe('2024-01-01T10:00:00');
    expect(toFormValue('datetime', '2024-01-01T10:00:00')).toBe('2024-01-01T10:00:00');
  });
});

describe('toApiValue', () => {
  it('parses numbers and JSON, empties become null', () => {
    expect(toApiValue('integer', '12')).toBe(12);
    expect(toApiValue('decimal', '1.5')).toBe(1.5);
    expect(toApiValue('json', '{"a":[1]}')).toEqual({ a: [1] });
    expect(toApiValue('text', '')).toBeNull();
    expect(toApiValue('boolean', false)).toBe(false);
    expect(toApiValue('m2o', '3')).toBe(3);
    expect(toApiValue('m2o', '0b5c9a9e-1f1e-4c1a-9d1e-2f8c1a9b7d10')).toBe(
      '0b5c9a9e-1f1e-4c1a-9d1e-2f8c1a9b7d10',
    );
  });

  it('refuses what does not parse', () => {
    expect(() => toApiValue('integer', '1.5')).toThrow(FormValueError);
    expect(() => toApiValue('decimal', 'abc')).toThrow('Enter a number.');
    expect(() => toApiValue('json', '{')).toThrow('Enter valid JSON.');
  });
});
