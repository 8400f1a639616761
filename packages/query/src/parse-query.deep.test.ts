import type { Query } from '@plinth/types';
import { describe, expect, it } from 'vitest';
import { fromQueryString } from '../test/from-query-string.js';
import { type ParseQueryOptions, parseQuery } from './parse-query.js';

const options: ParseQueryOptions = {
  defaultLimit: 100,
  maxLimit: Number.POSITIVE_INFINITY,
  maxRelationalDepth: 10,
};

/** What a non-empty query parses to before its own parameters: every field, the default page size. */
const base: Query = { fields: ['*'], limit: 100 };

const json = (value: unknown) => encodeURIComponent(JSON.stringify(value));

interface Case {
  name: string;
  query: string;
  expected: Query;
  options?: Partial<ParseQueryOptions>;
}

const cases: Case[] = [
  // deep
  {
    name: 'deep JSON text',
    query: `deep=${json({ comments: { _limit: 5 } })}`,
    expected: { ...base, deep: { comments: { _limit: 5 } } },
  },
  {
    name: 'deep bracket form',
    query: 'deep[comments][_limit]=5',
    expected: { ...base, deep: { comments: { _limit: 5 } } },
  },
  {
    name: 'deep nested relations and filters',
    query: `deep=${json({ translations: { _filter: { languages_code: { _eq: 'en' } } }, author: { posts: { _limit: 3 } } })}`,
    expected: {
      ...base,
      deep: {
        translations: { _filter: { languages_code: { _eq: 'en' } } },
        author: { posts: { _limit: 3 } },
      },
    },
  },
  {
    name: 'deep every parameter in bracket form',
    query:
      'deep[c][_sort]=-date&deep[c][_offset]=2&deep[c][_page]=1&deep[c][_search]=%20x%20&deep[c][_group]=a' +
      '&deep[c][_aggregate][count]=*&deep[c][_alias][x]=y&deep[c][_filter][a][_eq]=true',
    expected: {
      ...base,
      deep: {
        c: {
          _sort: ['-date'],
          _offset: 2,
          _page: 1,
          _search: 'x',
          _group: ['a'],
          _aggregate: { count: ['*'] },
          _alias: { x: 'y' },
          _filter: { a: { _eq: true } },
        },
      },
    },
  },
  {
    name: 'deep _fields accepted and ignored',
    query: 'deep[comments][_fields]=id',
    expected: { ...base, deep: { comments: {} } },
  },
  {
    name: 'deep _limit -1 becomes the max',
    query: 'deep[c][_limit]=-1',
    options: { maxLimit: 200 },
    expected: { ...base, deep: { c: { _limit: 200 } } },
  },
  {
    name: 'deep a2o scope key',
    query: 'deep[item:headings][_limit]=1',
    expected: { ...base, deep: { 'item:headings': { _limit: 1 } } },
  },
  {
    name: 'deep _filter as JSON text inside bracket form',
    query: `deep[c][_filter]=${json({ a: { _eq: 1 } })}`,
    expected: { ...base, deep: { c: { _filter: { a: { _eq: 1 } } } } },
  },

  // alias, export, version, backlink, unknown
  {
    name: 'alias JSON text',
    query: `alias=${json({ latest: 'comments' })}`,
    expected: { ...base, alias: { latest: 'comments' } },
  },
  {
    name: 'alias bracket form',
    query: 'alias[latest]=comments',
    expected: { ...base, alias: { latest: 'comments' } },
  },
  {
    name: 'alias of a function',
    query: 'alias[y]=year(date)',
    expected: { ...base, alias: { y: 'year(date)' } },
  },
  ...(['json', 'csv', 'csv_utf8', 'xml', 'yaml'] as const).map(
    (format): Case => ({
      name: `export ${format}`,
      query: `export=${format}`,
      expected: { ...base, export: format },
    }),
  ),
  { name: 'version', query: 'version=draft', expected: { ...base, version: 'draft' } },
  {
    name: 'versionRaw bare',
    query: 'version=draft&versionRaw',
    expected: { ...base, version: 'draft', versionRaw: true },
  },
  { name: 'versionRaw true', query: 'versionRaw=true', expected: { ...base, versionRaw: true } },
  { name: 'versionRaw false', query: 'versionRaw=false', expected: { ...base, versionRaw: false } },
  {
    name: 'versionRaw anything else is false',
    query: 'versionRaw=1',
    expected: { ...base, versionRaw: false },
  },
  { name: 'backlink false', query: 'backlink=false', expected: { ...base, backlink: false } },
  { name: 'backlink true', query: 'backlink=true', expected: { ...base, backlink: true } },
  { name: 'backlink anything else is true', query: 'backlink=0', expected: { ...base, backlink: true } },
  { name: 'unknown parameters ignored', query: 'foo=bar&access_token=abc&x[y]=z', expected: base },

  // relational depth
  {
    name: 'depth at the limit',
    query: 'fields=a.b&sort=a.b',
    options: { maxRelationalDepth: 2 },
    expected: { ...base, fields: ['a.b'], sort: ['a.b'] },
  },
  {
    name: 'depth below 2 counts as 2',
    query: 'fields=a.b',
    options: { maxRelationalDepth: 1 },
    expected: { ...base, fields: ['a.b'] },
  },
  {
    name: 'depth ignores fields while aggregating',
    query: 'fields=a.b.c&aggregate[count]=*',
    options: { maxRelationalDepth: 2 },
    expected: { ...base, fields: ['a.b.c'], aggregate: { count: ['*'] } },
  },
  {
    name: 'depth counts groupBy instead of fields',
    query: 'fields=a.b.c&groupBy=a',
    options: { maxRelationalDepth: 2 },
    expected: { ...base, fields: ['a.b.c'], groupBy: ['a'] },
  },
];

describe('parseQuery deep, alias, export, version, backlink and depth', () => {
  it.each(cases)('$name', ({ query, expected, options: overrides }) => {
    expect(parseQuery(fromQueryString(query), { ...options, ...overrides })).toEqual(expected);
  });
});
