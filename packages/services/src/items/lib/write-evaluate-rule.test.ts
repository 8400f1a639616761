import { describe, expect, it } from 'vitest';
import { writeEvaluateRule } from './write-evaluate-rule.js';

describe('writeEvaluateRule', () => {
  it('lists every failed comparison of an _and with what was expected', () => {
    const rule = { _and: [{ email: { _contains: '@' } }, { age: { _gte: 18, _in: [18, 21] } }] };
    expect(writeEvaluateRule(rule, { email: 'x', age: 12 })).toEqual([
      { field: 'email', type: 'contains', substring: '@' },
      { field: 'age', type: 'gte', valid: 18 },
      { field: 'age', type: 'in', valid: [18, 21] },
    ]);
    expect(writeEvaluateRule(rule, { email: 'a@b', age: 21 })).toEqual([]);
  });

  it('passes an _or when one branch passes, and fails with every branch otherwise', () => {
    const rule = { _or: [{ a: { _eq: 1 } }, { b: { _neq: 2 } }] };
    expect(writeEvaluateRule(rule, { a: 1, b: 2 })).toEqual([]);
    expect(writeEvaluateRule(rule, { a: 3, b: 2 })).toEqual([
      { field: 'a', type: 'eq', valid: 1 },
      { field: 'b', type: 'neq', invalid: 2 },
    ]);
  });

  it('checks absent values only against the rules that demand presence', () => {
    const rule = {
      code: { _regex: '^[a-z]+$', _submitted: true },
      name: { _nnull: true, _starts_with: 'x' },
    };
    expect(writeEvaluateRule(rule, {})).toEqual([
      { field: 'code', type: 'submitted' },
      { field: 'name', type: 'nnull' },
    ]);
    expect(writeEvaluateRule(rule, { code: 'AB', name: 'xy' })).toEqual([{ field: 'code', type: 'regex' }]);
    expect(writeEvaluateRule({ code: { _regex: '/^ab$/i' } }, { code: 'AB' })).toEqual([]);
  });
});
