import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Aggregate } from './aggregate.js';
import { aggregateOperations } from './aggregate.js';
import type { DeepQuery } from './deep-query.js';
import type { Query } from './query.js';

describe('Query', () => {
  it('holds every parameter of a read', () => {
    const deep: DeepQuery = {
      translations: { _filter: { languages_code: { _eq: 'en' } }, _limit: 5 },
      author: { posts: { _limit: 3, _sort: ['-date'] } },
    };
    const query: Query = {
      fields: ['id', 'author.name'],
      filter: { status: { _eq: 'published' } },
      search: 'hello',
      sort: ['-date_created'],
      limit: -1,
      offset: 0,
      page: 1,
      aggregate: { count: ['*'], sum: ['price'] },
      groupBy: ['year(date)'],
      deep,
      alias: { latest: 'comments' },
      meta: ['total_count', 'filter_count'],
      backlink: false,
      version: 'draft',
      versionRaw: true,
      export: 'csv_utf8',
    };

    // @ts-expect-error meta only knows total_count and filter_count
    const badMeta: Query = { meta: ['count'] };

    expectTypeOf<Query['export']>().toEqualTypeOf<
      'json' | 'csv' | 'csv_utf8' | 'xml' | 'yaml' | null | undefined
    >();
    expect(Object.keys(query)).toHaveLength(16);
    expect(badMeta.meta).toEqual(['count']);
  });
});

describe('aggregateOperations', () => {
  it('lists the aggregate functions and types Aggregate by them', () => {
    expect([...aggregateOperations]).toEqual([
      'count',
      'countDistinct',
      'countAll',
      'sum',
      'sumDistinct',
      'avg',
      'avgDistinct',
      'min',
      'max',
    ]);
    expectTypeOf<keyof Aggregate>().toEqualTypeOf<(typeof aggregateOperations)[number]>();
  });
});
