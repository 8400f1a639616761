import { describe, expect, it } from 'vitest';
import { filterOperators, isFilterOperator } from './filter-operator.js';

describe('filterOperators', () => {
  it('lists every field operator of the filter grammar exactly once', () => {
    // The operator table of api-reference.md §4.2, minus the logical and relational keys.
    const reference = [
      'eq neq ieq nieq lt lte gt gte in nin between nbetween null nnull empty nempty',
      'contains ncontains icontains nicontains starts_with nstarts_with istarts_with nistarts_with',
      'ends_with nends_with iends_with niends_with intersects nintersects intersects_bbox nintersects_bbox',
      'regex submitted',
    ]
      .join(' ')
      .split(' ');

    expect([...filterOperators].sort()).toEqual([...reference].sort());
    expect(new Set(filterOperators).size).toBe(filterOperators.length);
  });
});

describe('isFilterOperator', () => {
  it('accepts operator names without the underscore', () => {
    expect(isFilterOperator('starts_with')).toBe(true);
    expect(isFilterOperator('nintersects_bbox')).toBe(true);
  });

  it('rejects underscored keys, logical keys and non-strings', () => {
    expect(isFilterOperator('_eq')).toBe(false);
    expect(isFilterOperator('and')).toBe(false);
    expect(isFilterOperator('some')).toBe(false);
    expect(isFilterOperator(3)).toBe(false);
  });
});
