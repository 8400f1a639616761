import type { Query } from '@plinth/types';
import { describe, expect, it } from 'vitest';
import { fromQueryString } from '../test/from-query-string.js';
import { parseQuery } from './parse-query.js';

/**
 * Parameters exactly as `@directus/sdk`'s `queryToParams` emits them (api-reference §3.1): lists joined by
 * commas, `filter`/`deep`/`alias`/`aggregate` as JSON text, numbers as text, unknown keys JSON-encoded. Each
 * goes through URL encoding and `qs`, as a real request does.
 */
const sdkCases: [string, Record<string, string>, Query][] = [
  [
    'a typical list read',
    {
      fields: 'id,title,author.name',
      filter: JSON.stringify({ status: { _eq: 'published' }, date: { _lte: '$NOW' } }),
      sort: '-date_created,title',
      limit: '10',
      page: '2',
      search: 'hello',
    },
    {
      fields: ['id', 'title', 'author.name'],
      filter: { _and: [{ status: { _eq: 'published' } }, { date: { _lte: '$NOW' } }] },
      sort: ['-date_created', 'title'],
      limit: 10,
      page: 2,
      search: 'hello',
    },
  ],
  [
    'object-style fields flattened by the SDK',
    { fields: 'id,author.name,blocks.item:a.x,blocks.item:b.y' },
    { fields: ['id', 'author.name', 'blocks.item:a.x', 'blocks.item:b.y'], limit: 100 },
  ],
  ['limit -1 and offset 0', { limit: '-1', offset: '0' }, { fields: ['*'], limit: -1, offset: 0 }],
  [
    'deep and alias as JSON',
    {
      fields: 'all_tr.*,en_tr.*',
      alias: JSON.stringify({ en_tr: 'translations', all_tr: 'translations' }),
      deep: JSON.stringify({ en_tr: { _filter: { languages_code: { _eq: 'en' } }, _limit: 1 } }),
    },
    {
      fields: ['all_tr.*', 'en_tr.*'],
      alias: { en_tr: 'translations', all_tr: 'translations' },
      deep: { en_tr: { _filter: { languages_code: { _eq: 'en' } }, _limit: 1 } },
      limit: 100,
    },
  ],
  [
    'aggregate and groupBy',
    { aggregate: JSON.stringify({ count: '*', sum: 'total,tax' }), groupBy: 'status,year(date)' },
    {
      fields: ['*'],
      aggregate: { count: ['*'], sum: ['total', 'tax'] },
      groupBy: ['status', 'year(date)'],
      limit: 100,
    },
  ],
  [
    'version and versionRaw',
    { version: 'draft', versionRaw: 'true' },
    { fields: ['*'], version: 'draft', versionRaw: true, limit: 100 },
  ],
  [
    'custom keys: meta as JSON array, export as text',
    { meta: JSON.stringify(['total_count', 'filter_count']), export: 'csv' },
    { fields: ['*'], meta: ['total_count', 'filter_count'], export: 'csv', limit: 100 },
  ],
  [
    'custom key meta as text',
    { meta: '*' },
    { fields: ['*'], meta: ['total_count', 'filter_count'], limit: 100 },
  ],
  [
    'filter with every kind of value',
    {
      filter: JSON.stringify({
        _or: [
          { tags: { _some: { name: { _in: ['a', 'b'] } } } },
          { 'count(comments)': { _gt: 3 } },
          { location: { _intersects: { type: 'Point', coordinates: [1, 2] } } },
          { rating: { _between: [1, 5] } },
          { deleted_at: { _null: true } },
        ],
      }),
    },
    {
      fields: ['*'],
      filter: {
        _or: [
          { tags: { _some: { name: { _in: ['a', 'b'] } } } },
          { 'count(comments)': { _gt: 3 } },
          { location: { _intersects: { type: 'Point', coordinates: [1, 2] } } },
          { rating: { _between: [1, 5] } },
          { deleted_at: { _null: true } },
        ],
      },
      limit: 100,
    },
  ],
];

describe('parseQuery with the SDK encoding', () => {
  it.each(sdkCases)('%s', (_name, params, expected) => {
    const raw = fromQueryString(new URLSearchParams(params).toString());
    expect(
      parseQuery(raw, { defaultLimit: 100, maxLimit: Number.POSITIVE_INFINITY, maxRelationalDepth: 10 }),
    ).toEqual(expected);
  });
});
