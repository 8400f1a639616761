import { describe, expect, it } from 'vitest';
import { type Filter, isFilterOperatorKey } from './filter.js';

describe('Filter', () => {
  it('accepts the shapes of the filter grammar', () => {
    // Each of these must typecheck; the typecheck script is what guards the type itself.
    const filters: Filter[] = [
      { status: { _eq: 'published' } },
      { status: 'published' },
      { _and: [{ a: { _gt: 1 } }, { _or: [{ b: { _null: true } }, { c: { _in: [1, 2] } }] }] },
      { author: { name: { _icontains: 'ann' } } },
      { comments: { _some: { approved: { _eq: true } } } },
      { 'year(date_created)': { _eq: 2024 } },
      { 'item:headings': { title: { _starts_with: 'A' } } },
      { author: { _or: [{ name: { _eq: 'a' } }, { name: { _eq: 'b' } }] } },
      { date: { _between: '2024-01-01,2024-12-31' } },
      { area: { _intersects: { type: 'Point', coordinates: [1, 2] } } },
      { owner: { _eq: '$CURRENT_USER' } },
    ];

    // @ts-expect-error a field takes an operator object, a nested filter or a scalar, never a bare list
    const wrong: Filter = { tags: ['a', 'b'] };

    expect(filters).toHaveLength(11);
    expect(wrong).toBeDefined();
  });
});

describe('isFilterOperatorKey', () => {
  it('recognises operator keys', () => {
    expect(isFilterOperatorKey('_eq')).toBe(true);
    expect(isFilterOperatorKey('_nistarts_with')).toBe(true);
  });

  it('tells operators from fields, logic and quantifiers', () => {
    expect(isFilterOperatorKey('eq')).toBe(false);
    expect(isFilterOperatorKey('_and')).toBe(false);
    expect(isFilterOperatorKey('_some')).toBe(false);
    expect(isFilterOperatorKey('_private_field')).toBe(false);
  });
});
