import { describe, expect, it } from 'vitest';
import { readScopedQuery } from './read-scoped-query.js';

describe('readScopedQuery', () => {
  it('ANDs the scope with the caller filter and replaces paging, counts and aggregates', () => {
    const scoped = readScopedQuery(
      {
        fields: ['id'],
        filter: { status: { _eq: 'draft' } },
        limit: 100,
        offset: 5,
        page: 3,
        meta: ['total_count'],
        aggregate: { count: ['*'] },
        groupBy: ['status'],
      },
      { id: { _in: [1, 2] } },
      { limit: -1 },
    );
    expect(scoped).toEqual({
      fields: ['id'],
      filter: { _and: [{ id: { _in: [1, 2] } }, { status: { _eq: 'draft' } }] },
      limit: -1,
      offset: 0,
    });
  });

  it('uses the scope alone when the caller gave no filter', () => {
    expect(readScopedQuery({ filter: null }, { id: { _eq: 1 } }, { limit: 1 }).filter).toEqual({
      id: { _eq: 1 },
    });
  });
});
