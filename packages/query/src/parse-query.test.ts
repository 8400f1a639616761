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
const range = (count: number) => Array.from({ length: count }, (_, index) => index);

interface Case {
  name: string;
  query: string;
  expected: Query;
  options?: Partial<ParseQueryOptions>;
}

const cases: Case[] = [
  // fields
  { name: 'empty query string', query: '', expected: { limit: 100 } },
  { name: 'fields as comma text', query: 'fields=id,title', expected: { ...base, fields: ['id', 'title'] } },
  {
    name: 'fields as array',
    query: 'fields[]=id&fields[]=title',
    expected: { ...base, fields: ['id', 'title'] },
  },
  {
    name: 'fields array items containing commas',
    query: 'fields[]=id,title&fields[]=author.name',
    expected: { ...base, fields: ['id', 'title', 'author.name'] },
  },
  {
    name: 'fields indexed array',
    query: 'fields[0]=id&fields[1]=title',
    expected: { ...base, fields: ['id', 'title'] },
  },
  {
    name: 'fields trimmed',
    query: 'fields=%20id%20,%20title%20',
    expected: { ...base, fields: ['id', 'title'] },
  },
  { name: 'fields empty items dropped', query: 'fields=a,,b,', expected: { ...base, fields: ['a', 'b'] } },
  { name: 'fields empty means *', query: 'fields=', expected: base },
  { name: 'fields wildcard depth', query: 'fields=*.*.*', expected: { ...base, fields: ['*.*.*'] } },
  {
    name: 'fields relational wildcard',
    query: 'fields=author.*',
    expected: { ...base, fields: ['author.*'] },
  },
  {
    name: 'fields a2o scope',
    query: 'fields=blocks.item:headings.title,blocks.item:text.*',
    expected: { ...base, fields: ['blocks.item:headings.title', 'blocks.item:text.*'] },
  },
  {
    name: 'fields functions, json() kept whole despite its comma',
    query: `fields=${encodeURIComponent('id,json(meta, a.b[0].c),year(date_created),count(comments)')}`,
    expected: { ...base, fields: ['id', 'json(meta, a.b[0].c)', 'year(date_created)', 'count(comments)'] },
  },
  {
    name: 'fields relational function',
    query: 'fields=author.year(birthday)',
    expected: { ...base, fields: ['author.year(birthday)'] },
  },
  {
    name: 'fields as JSON array text',
    query: `fields=${json(['id', 'title'])}`,
    expected: { ...base, fields: ['id', 'title'] },
  },
  { name: 'fields default * for any parameter', query: 'limit=5', expected: { fields: ['*'], limit: 5 } },
  {
    name: 'fields beyond qs arrayLimit keep their order',
    query: range(600)
      .map((index) => `fields[]=f${index}`)
      .join('&'),
    expected: { ...base, fields: range(600).map((index) => `f${index}`) },
  },

  // filter
  {
    name: 'filter as JSON text',
    query: `filter=${json({ status: { _eq: 'published' } })}`,
    expected: { ...base, filter: { status: { _eq: 'published' } } },
  },
  {
    name: 'filter in bracket form',
    query: 'filter[status][_eq]=published',
    expected: { ...base, filter: { status: { _eq: 'published' } } },
  },
  { name: 'filter empty is no filter', query: 'filter=', expected: base },
  {
    name: 'filter bracket _or with indexes',
    query: 'filter[_or][0][a][_eq]=1&filter[_or][1][b][_null]',
    expected: { ...base, filter: { _or: [{ a: { _eq: '1' } }, { b: { _null: true } }] } },
  },
  {
    name: 'filter bracket _in as comma text',
    query: 'filter[id][_in]=1,2,3',
    expected: { ...base, filter: { id: { _in: ['1', '2', '3'] } } },
  },
  {
    name: 'filter bracket _in as array',
    query: 'filter[id][_in][]=1&filter[id][_in][]=2',
    expected: { ...base, filter: { id: { _in: ['1', '2'] } } },
  },
  {
    name: 'filter _in beyond qs arrayLimit',
    query: range(600)
      .map((index) => `filter[id][_in][]=${index}`)
      .join('&'),
    expected: { ...base, filter: { id: { _in: range(600).map(String) } } },
  },
  {
    name: 'filter _nbetween beyond qs arrayLimit with explicit indexes',
    query: range(502)
      .map((index) => `filter[n][_nbetween][${index}]=${index}`)
      .join('&'),
    expected: { ...base, filter: { n: { _nbetween: range(502).map(String) } } },
  },
  {
    name: 'filter bracket coercions',
    query: 'filter[a][_eq]=true&filter[b][_neq]=null&filter[c][_eq]=false',
    expected: {
      ...base,
      filter: { _and: [{ a: { _eq: true } }, { b: { _neq: null } }, { c: { _eq: false } }] },
    },
  },
  { name: 'filter bare value', query: 'filter[a]=x', expected: { ...base, filter: { a: { _eq: 'x' } } } },
  {
    name: 'filter relational bracket form',
    query: 'filter[author][name][_starts_with]=J',
    expected: { ...base, filter: { author: { name: { _starts_with: 'J' } } } },
  },
  {
    name: 'filter function key',
    query: `filter=${json({ 'year(date_created)': { _eq: 2024 } })}`,
    expected: { ...base, filter: { 'year(date_created)': { _eq: 2024 } } },
  },
  {
    name: 'filter dynamic variable kept for later resolution',
    query: `filter=${json({ date: { _gte: '$NOW(-1 year)' }, owner: { _eq: '$CURRENT_USER' } })}`,
    expected: {
      ...base,
      filter: { _and: [{ date: { _gte: '$NOW(-1 year)' } }, { owner: { _eq: '$CURRENT_USER' } }] },
    },
  },

  // sort
  {
    name: 'sort comma text',
    query: 'sort=-date_created,title',
    expected: { ...base, sort: ['-date_created', 'title'] },
  },
  {
    name: 'sort array',
    query: 'sort[]=-date_created&sort[]=title',
    expected: { ...base, sort: ['-date_created', 'title'] },
  },
  {
    name: 'sort relational and function',
    query: 'sort=author.name,-year(date)',
    expected: { ...base, sort: ['author.name', '-year(date)'] },
  },
  {
    name: 'sort by aggregate output',
    query: 'sort=-count,sum.price,countAll',
    expected: { ...base, sort: ['-count', 'sum.price', 'countAll'] },
  },

  // limit, offset, page
  { name: 'limit', query: 'limit=25', expected: { ...base, limit: 25 } },
  { name: 'limit 0', query: 'limit=0', expected: { ...base, limit: 0 } },
  { name: 'limit -1 without a max', query: 'limit=-1', expected: { ...base, limit: -1 } },
  {
    name: 'limit -1 becomes the max',
    query: 'limit=-1',
    options: { maxLimit: 200 },
    expected: { ...base, limit: 200 },
  },
  {
    name: 'limit at the max',
    query: 'limit=200',
    options: { maxLimit: 200 },
    expected: { ...base, limit: 200 },
  },
  { name: 'limit empty takes the default', query: 'limit=', expected: base },
  {
    name: 'default limit capped by max',
    query: 'page=1',
    options: { maxLimit: 50 },
    expected: { ...base, limit: 50, page: 1 },
  },
  {
    name: 'default limit -1 becomes max',
    query: 'page=1',
    options: { defaultLimit: -1, maxLimit: 300 },
    expected: { ...base, limit: 300, page: 1 },
  },
  {
    name: 'default limit -1 without max',
    query: 'page=1',
    options: { defaultLimit: -1 },
    expected: { ...base, limit: -1, page: 1 },
  },
  { name: 'offset', query: 'offset=10', expected: { ...base, offset: 10 } },
  { name: 'page', query: 'page=2', expected: { ...base, page: 2 } },
  { name: 'page 0', query: 'page=0', expected: { ...base, page: 0 } },
  { name: 'offset -0 is 0', query: 'offset=-0', expected: { ...base, offset: 0 } },

  // search
  {
    name: 'search trimmed',
    query: 'search=%20hello%20world%20',
    expected: { ...base, search: 'hello world' },
  },
  { name: 'search empty is none', query: 'search=', expected: base },

  // meta
  { name: 'meta *', query: 'meta=*', expected: { ...base, meta: ['total_count', 'filter_count'] } },
  { name: 'meta single', query: 'meta=filter_count', expected: { ...base, meta: ['filter_count'] } },
  {
    name: 'meta list deduplicated',
    query: 'meta=total_count,filter_count,total_count',
    expected: { ...base, meta: ['total_count', 'filter_count'] },
  },
  { name: 'meta array', query: 'meta[]=total_count', expected: { ...base, meta: ['total_count'] } },
  {
    name: 'meta as JSON array text (SDK custom key)',
    query: `meta=${json(['total_count'])}`,
    expected: { ...base, meta: ['total_count'] },
  },

  // aggregate and groupBy
  {
    name: 'aggregate JSON text',
    query: `aggregate=${json({ count: '*', sum: ['price'] })}`,
    expected: { ...base, aggregate: { count: ['*'], sum: ['price'] } },
  },
  {
    name: 'aggregate bracket count *',
    query: 'aggregate[count]=*',
    expected: { ...base, aggregate: { count: ['*'] } },
  },
  {
    name: 'aggregate bracket comma list',
    query: 'aggregate[sum]=price,tax',
    expected: { ...base, aggregate: { sum: ['price', 'tax'] } },
  },
  {
    name: 'aggregate bracket array',
    query: 'aggregate[avg][]=a&aggregate[avg][]=b',
    expected: { ...base, aggregate: { avg: ['a', 'b'] } },
  },
  {
    name: 'aggregate every operation',
    query:
      'aggregate[countDistinct]=a&aggregate[sumDistinct]=b&aggregate[avgDistinct]=c&aggregate[min]=d&aggregate[max]=e',
    expected: {
      ...base,
      aggregate: { countDistinct: ['a'], sumDistinct: ['b'], avgDistinct: ['c'], min: ['d'], max: ['e'] },
    },
  },
  {
    name: 'aggregate countAll with no value, grouped by a function',
    query: 'aggregate[countAll]&groupBy=year(date)',
    expected: { ...base, aggregate: { countAll: [] }, groupBy: ['year(date)'] },
  },
  { name: 'aggregate bad JSON ignored', query: 'aggregate={count', expected: base },
  {
    name: 'groupBy comma text',
    query: 'groupBy=author,year(date)',
    expected: { ...base, groupBy: ['author', 'year(date)'] },
  },
  {
    name: 'groupBy array',
    query: 'groupBy[]=author&groupBy[]=status',
    expected: { ...base, groupBy: ['author', 'status'] },
  },
];

describe('parseQuery', () => {
  it.each(cases)('$name', ({ query, expected, options: overrides }) => {
    expect(parseQuery(fromQueryString(query), { ...options, ...overrides })).toEqual(expected);
  });

  it('accepts numbers and booleans from non-HTTP callers', () => {
    const query = parseQuery({ limit: 10, offset: 5, page: 2, backlink: false, versionRaw: true }, options);
    expect(query).toEqual({ ...base, limit: 10, offset: 5, page: 2, backlink: false, versionRaw: true });
  });

  it('reads only own properties of the raw object', () => {
    const raw = Object.create({ filter: { a: { _eq: 1 } } }) as Record<string, unknown>;
    raw['limit'] = '3';
    expect(parseQuery(raw, options)).toEqual({ fields: ['*'], limit: 3 });
  });
});
