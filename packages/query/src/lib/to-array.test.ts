import { describe, expect, it } from 'vitest';
import { toArray } from './to-array.js';

describe('toArray', () => {
  it.each([
    [['a'], ['a']],
    [{ 0: 'a', 1: 'b' }, ['a', 'b']],
    [{ 10: 'c', 2: 'b', 0: 'a' }, ['a', 'b', 'c']],
  ])('reads %j as a list', (input, expected) => {
    expect(toArray(input)).toEqual(expected);
  });

  it.each([{}, { a: 1 }, { '01': 'x' }, { '-1': 'x' }, { 0: 'a', b: 'c' }, 'a,b', 5, null])(
    'does not read %j as a list',
    (input) => {
      expect(toArray(input)).toBeUndefined();
    },
  );
});
