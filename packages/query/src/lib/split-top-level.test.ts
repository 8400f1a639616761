import { describe, expect, it } from 'vitest';
import { splitTopLevel } from './split-top-level.js';

describe('splitTopLevel', () => {
  it.each([
    ['a,b', ['a', 'b']],
    [' a , b ', ['a', 'b']],
    ['a,,b,', ['a', 'b']],
    ['', []],
    ['json(m, a.b),c', ['json(m, a.b)', 'c']],
    ['x(a,b(c,d)),e', ['x(a,b(c,d))', 'e']],
    ['a),b', ['a)', 'b']],
  ])('splits %j', (input, expected) => {
    expect(splitTopLevel(input)).toEqual(expected);
  });
});
