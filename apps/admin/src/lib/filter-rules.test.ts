import { describe, expect, it } from 'vitest';
import { toFilter } from './filter-rules.js';

describe('toFilter', () => {
  it('is null without usable rows', () => {
    expect(toFilter([])).toBeNull();
    expect(toFilter([{ field: '', operator: '_eq', value: 'x' }])).toBeNull();
    expect(toFilter([{ field: 'title', operator: '_eq', value: '' }])).toBeNull();
  });

  it('gives one rule as itself and several AND-ed', () => {
    expect(toFilter([{ field: 'views', operator: '_gt', value: '10' }])).toEqual({ views: { _gt: '10' } });
    expect(
      toFilter([
        { field: 'views', operator: '_gt', value: '10' },
        { field: 'status', operator: '_eq', value: 'live' },
      ]),
    ).toEqual({ _and: [{ views: { _gt: '10' } }, { status: { _eq: 'live' } }] });
  });

  it('sends true for the operators without a value', () => {
    expect(toFilter([{ field: 'author', operator: '_null', value: '' }])).toEqual({
      author: { _null: true },
    });
  });
});
