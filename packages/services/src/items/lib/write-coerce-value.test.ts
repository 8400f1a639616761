import { isPlinthError } from '@plinth/errors';
import type { FieldOverview } from '@plinth/types';
import { describe, expect, it } from 'vitest';
import { writeCoerceValue } from './write-coerce-value.js';

const field = (type: FieldOverview['type'], maxLength: number | null = null) =>
  ({ field: 'f', type, maxLength }) as FieldOverview;

const errorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('writeCoerceValue', () => {
  it('reads booleans, numbers, JSON and CSV from their wire forms', () => {
    expect(writeCoerceValue(field('boolean'), 'false', 'c')).toBe(false);
    expect(writeCoerceValue(field('boolean'), 1, 'c')).toBe(true);
    expect(writeCoerceValue(field('integer'), '42', 'c')).toBe(42);
    expect(writeCoerceValue(field('bigInteger'), '9007199254740993', 'c')).toBe('9007199254740993');
    expect(writeCoerceValue(field('json'), { a: [1] }, 'c')).toBe('{"a":[1]}');
    expect(writeCoerceValue(field('csv'), ['a', 'b'], 'c')).toBe('a,b');
    expect(writeCoerceValue(field('string'), null, 'c')).toBeNull();
  });

  it('parses ISO dates per type', () => {
    expect(writeCoerceValue(field('date'), '2024-05-06T10:00:00', 'c')).toBe('2024-05-06');
    expect(writeCoerceValue(field('dateTime'), '2024-05-06T10:11:12', 'c')).toBe('2024-05-06 10:11:12');
    expect(writeCoerceValue(field('dateTime'), '2024-05-06T10:11:12+02:00', 'c')).toBe(
      '2024-05-06 08:11:12.000',
    );
    expect(writeCoerceValue(field('timestamp'), '2024-05-06T10:11:12Z', 'c')).toEqual(
      new Date('2024-05-06T10:11:12Z'),
    );
    expect(writeCoerceValue(field('time'), '10:11', 'c')).toBe('10:11:00');
    const error = errorOf(() => writeCoerceValue(field('timestamp'), 'yesterday', 'c'));
    expect(isPlinthError(error, 'INVALID_PAYLOAD') && error.message).toBe(
      'Invalid payload. Invalid Date format in field "f".',
    );
  });

  it('refuses numbers that are not and text longer than the column', () => {
    expect(
      isPlinthError(
        errorOf(() => writeCoerceValue(field('float'), 'abc', 'c')),
        'INVALID_PAYLOAD',
      ),
    ).toBe(true);
    expect(
      isPlinthError(
        errorOf(() => writeCoerceValue(field('integer'), 1.5, 'c')),
        'INVALID_PAYLOAD',
      ),
    ).toBe(true);
    const tooLong = errorOf(() => writeCoerceValue(field('string', 3), 'abcd', 'c'));
    expect(isPlinthError(tooLong, 'VALUE_TOO_LONG') && tooLong.extensions).toEqual({
      collection: 'c',
      field: 'f',
      value: 'abcd',
    });
  });
});
