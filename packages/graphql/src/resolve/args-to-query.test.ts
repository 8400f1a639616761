import { describe, expect, it } from 'vitest';
import { argsToDeep, argsToQuery, toQueryFilter } from './args-to-query.js';

describe('toQueryFilter', () => {
  it('spells functions and many-to-any scopes the way the query parser reads them', () => {
    expect(
      toQueryFilter({
        _and: [
          { date_created_func: { year: { _eq: 2024 }, month: { _gt: 3 } } },
          { comments: { _some: { posted_func: { day: { _eq: 1 } } } } },
          { item__headings: { title: { _eq: 'x__y' } } },
        ],
        shape: { _intersects: { type: 'Point', coordinates: [1, 2] } },
      }),
    ).toEqual({
      _and: [
        { 'year(date_created)': { _eq: 2024 }, 'month(date_created)': { _gt: 3 } },
        { comments: { _some: { 'day(posted)': { _eq: 1 } } } },
        { 'item:headings': { title: { _eq: 'x__y' } } },
      ],
      shape: { _intersects: { type: 'Point', coordinates: [1, 2] } },
    });
  });
});

describe('argsToQuery', () => {
  it('keeps the given list arguments as plain values and drops the rest', () => {
    const filter = Object.assign(Object.create(null), {
      id: Object.assign(Object.create(null), { _in: [1] }),
    });
    const query = argsToQuery({ filter, sort: ['-id'], limit: null, search: 'x', id: 3, data: {} });
    expect(query).toEqual({ filter: { id: { _in: [1] } }, sort: ['-id'], search: 'x' });
    expect(Object.getPrototypeOf(query['filter'])).toBe(Object.prototype);
    expect(argsToDeep({ limit: 1, page: 2 })).toEqual({ _limit: 1, _page: 2 });
  });
});
