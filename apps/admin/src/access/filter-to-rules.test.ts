import { describe, expect, it } from 'vitest';
import { toFilter } from '../lib/filter-rules.js';
import { toFilterRules } from './filter-to-rules.js';

describe('toFilterRules', () => {
  it('reads back what the builder writes', () => {
    const rules = [
      { field: 'status', operator: '_eq' as const, value: 'live' },
      { field: 'owner', operator: '_eq' as const, value: '$CURRENT_USER' },
      { field: 'deleted_at', operator: '_null' as const, value: '' },
    ];
    expect(toFilterRules(toFilter(rules))).toEqual(rules);
    expect(toFilterRules(toFilter(rules.slice(0, 1)))).toEqual(rules.slice(0, 1));
  });

  it('turns no filter into no rows, and numbers into text', () => {
    expect(toFilterRules(null)).toEqual([]);
    expect(toFilterRules({})).toEqual([]);
    expect(toFilterRules({ views: { _gt: 10 } })).toEqual([{ field: 'views', operator: '_gt', value: '10' }]);
  });

  it('gives up on what the builder cannot show', () => {
    expect(toFilterRules({ _or: [{ a: { _eq: 1 } }] })).toBeNull();
    expect(toFilterRules({ author: { name: { _eq: 'Ada' } } })).toBeNull();
    expect(toFilterRules({ a: { _in: [1, 2] } })).toBeNull();
    expect(toFilterRules({ a: { _eq: 1 }, b: { _eq: 2 } })).toBeNull();
  });
});
