import { describe, it } from 'vitest';
import { expectInvalidQuery } from '../test/expect-invalid-query.js';
import { fromQueryString } from '../test/from-query-string.js';
import { type ParseQueryOptions, parseQuery } from './parse-query.js';

const options: ParseQueryOptions = {
  defaultLimit: 100,
  maxLimit: Number.POSITIVE_INFINITY,
  maxRelationalDepth: 10,
};
const json = (value: unknown) => encodeURIComponent(JSON.stringify(value));
const EMPTY_EQ = `You can't filter for an empty string in "_eq". Use "_empty" or "_nempty" instead`;

interface ErrorCase {
  name: string;
  query: string;
  reason: string;
  options?: Partial<ParseQueryOptions>;
}

const cases: ErrorCase[] = [
  // fields
  {
    name: 'fields as an object',
    query: 'fields[a]=1',
    reason: '"fields" must be a string or an array of strings',
  },
  {
    name: 'fields array holding an object',
    query: 'fields[0][a]=1',
    reason: '"fields" must be a string or an array of strings',
  },
  { name: 'fields unclosed function', query: 'fields=year(', reason: 'Invalid field "year("' },
  {
    name: 'fields unknown function',
    query: 'fields=foo(bar)',
    reason: 'Invalid function "foo" in "foo(bar)"',
  },
  {
    name: 'fields nested functions',
    query: 'fields=year(month(date))',
    reason: 'Nested functions are not supported in "year(month(date))"',
  },
  {
    name: 'fields json wildcard',
    query: `fields=${encodeURIComponent('json(meta, a.*)')}`,
    reason: 'Invalid json path "a.*": wildcards are not supported',
  },
  {
    name: 'fields json path too deep',
    query: `fields=${encodeURIComponent('json(meta, a.b.c)')}`,
    options: { maxJsonQueryDepth: 2 },
    reason: 'Invalid json path "a.b.c": deeper than 2 levels',
  },
  { name: 'fields empty segment', query: 'fields=a..b', reason: 'Invalid field "a..b"' },

  // filter
  { name: 'filter bad JSON', query: 'filter={status', reason: 'Invalid JSON for filter object' },
  { name: 'filter JSON array', query: `filter=${json([1])}`, reason: 'Invalid JSON for filter object' },
  { name: 'filter JSON scalar', query: 'filter=5', reason: 'Invalid JSON for filter object' },
  { name: 'filter as bracket array', query: 'filter[]=a', reason: 'Invalid filter object' },
  { name: 'filter empty _eq', query: 'filter[a][_eq]=', reason: EMPTY_EQ },
  { name: 'filter empty bare value', query: 'filter[a]=', reason: EMPTY_EQ },
  {
    name: 'filter empty _in',
    query: 'filter[a][_in]=',
    reason: '"_in" has to be a non-empty array of values',
  },
  {
    name: 'filter unknown operator',
    query: 'filter[a][_like]=x',
    reason: '"_like" is not a valid filter operator',
  },
  { name: 'filter operator at the root', query: 'filter[_eq]=x', reason: '"_eq" has to be used on a field' },
  { name: 'filter _null not boolean', query: 'filter[a][_null]=yes', reason: '"_null" has to be a boolean' },
  {
    name: 'filter repeated bare value',
    query: 'filter[a]=1&filter[a]=2',
    reason: 'The filter value for "_eq" has to be a string, number, boolean or null',
  },
  {
    name: 'filter number beyond MAX_SAFE_INTEGER',
    query: `filter=${json({ a: { _gt: 2 ** 60 } })}`,
    reason: 'The filter value for "_gt" is not a valid number',
  },
  {
    name: 'filter malformed $NOW',
    query: `filter=${json({ a: { _gt: '$NOW(soon)' } })}`,
    reason: 'Invalid date adjustment "soon" in $NOW',
  },

  // sort
  { name: 'sort wildcard', query: 'sort=*', reason: 'Invalid field "*"' },
  { name: 'sort as object', query: 'sort[a]=b', reason: '"sort" must be a string or an array of strings' },

  // limit, offset, page
  {
    name: 'limit text',
    query: 'limit=abc',
    reason: '"limit" must be an integer greater than or equal to -1',
  },
  {
    name: 'limit below -1',
    query: 'limit=-2',
    reason: '"limit" must be an integer greater than or equal to -1',
  },
  {
    name: 'limit fraction',
    query: 'limit=1.5',
    reason: '"limit" must be an integer greater than or equal to -1',
  },
  {
    name: 'limit hex',
    query: 'limit=0x10',
    reason: '"limit" must be an integer greater than or equal to -1',
  },
  {
    name: 'limit exponent',
    query: 'limit=1e3',
    reason: '"limit" must be an integer greater than or equal to -1',
  },
  {
    name: 'limit array',
    query: 'limit[]=1',
    reason: '"limit" must be an integer greater than or equal to -1',
  },
  {
    name: 'limit over the max',
    query: 'limit=201',
    options: { maxLimit: 200 },
    reason: `"limit" can't be greater than 200`,
  },
  {
    name: 'offset negative',
    query: 'offset=-1',
    reason: '"offset" must be an integer greater than or equal to 0',
  },
  {
    name: 'offset text',
    query: 'offset=ten',
    reason: '"offset" must be an integer greater than or equal to 0',
  },
  { name: 'page negative', query: 'page=-1', reason: '"page" must be an integer greater than or equal to 0' },

  // search, meta, export, version
  { name: 'search array', query: 'search[]=a', reason: '"search" must be a string' },
  { name: 'search object', query: 'search[a]=b', reason: '"search" must be a string' },
  {
    name: 'meta unknown',
    query: 'meta=count',
    reason: '"meta" can only contain "total_count", "filter_count" or "*", not "count"',
  },
  {
    name: 'export unknown',
    query: 'export=pdf',
    reason: '"export" must be one of json, csv, csv_utf8, xml, yaml',
  },
  {
    name: 'export array',
    query: 'export[]=csv',
    reason: '"export" must be one of json, csv, csv_utf8, xml, yaml',
  },
  { name: 'version array', query: 'version[]=a', reason: '"version" must be a string' },

  // aggregate, groupBy
  {
    name: 'aggregate unknown function',
    query: 'aggregate[median]=a',
    reason: '"median" is not a valid aggregate function',
  },
  {
    name: 'aggregate missing field',
    query: 'aggregate[sum]=',
    reason: '"aggregate[sum]" needs at least one field',
  },
  {
    name: 'aggregate array',
    query: 'aggregate[]=count',
    reason: '"aggregate" must be an object of aggregate functions',
  },
  {
    name: 'aggregate JSON array',
    query: `aggregate=${json(['count'])}`,
    reason: '"aggregate" must be an object of aggregate functions',
  },
  { name: 'aggregate bad field', query: 'aggregate[sum]=a..b', reason: 'Invalid field "a..b"' },
  { name: 'groupBy wildcard', query: 'groupBy=*', reason: 'Invalid field "*"' },

  // deep
  { name: 'deep bad JSON', query: 'deep={a', reason: 'Invalid JSON for deep object' },
  {
    name: 'deep unknown parameter',
    query: 'deep[c][_limt]=5',
    reason: '"_limt" is not a valid deep parameter',
  },
  {
    name: 'deep parameter at the top',
    query: 'deep[_limit]=5',
    reason: '"_limit" in "deep" has to be nested under a relational field',
  },
  { name: 'deep scalar level', query: 'deep[c]=5', reason: '"deep" value for "c" must be an object' },
  {
    name: 'deep function key',
    query: 'deep[year(a)][_limit]=1',
    reason: '"deep" keys must be relational field names, not "year(a)"',
  },
  {
    name: 'deep bad _limit',
    query: 'deep[c][_limit]=x',
    reason: '"_limit" must be an integer greater than or equal to -1',
  },
  {
    name: 'deep _limit over the max',
    query: 'deep[c][_limit]=9',
    options: { maxLimit: 5 },
    reason: `"_limit" can't be greater than 5`,
  },
  {
    name: 'deep bad _offset',
    query: 'deep[c][_offset]=-3',
    reason: '"_offset" must be an integer greater than or equal to 0',
  },
  { name: 'deep bad _search', query: 'deep[c][_search][]=a', reason: '"_search" must be a string' },
  { name: 'deep empty filter value', query: 'deep[c][_filter][a][_eq]=', reason: EMPTY_EQ },
  { name: 'deep bad _filter JSON', query: 'deep[c][_filter]={', reason: 'Invalid JSON for filter object' },
  {
    name: 'deep bad _aggregate',
    query: 'deep[c][_aggregate][x]=a',
    reason: '"x" is not a valid aggregate function',
  },
  {
    name: 'deep bad _alias',
    query: 'deep[c][_alias][a]=b.c',
    reason: '"_alias" keys and values must be field names without "."',
  },

  // alias
  { name: 'alias bad JSON', query: 'alias={a', reason: 'Invalid JSON for alias object' },
  {
    name: 'alias value with a dot',
    query: 'alias[a]=b.c',
    reason: '"alias" keys and values must be field names without "."',
  },
  {
    name: 'alias key with a dot',
    query: `alias=${json({ 'a.b': 'c' })}`,
    reason: '"alias" keys and values must be field names without "."',
  },
  {
    name: 'alias nested value',
    query: 'alias[a][b]=c',
    reason: '"alias" keys and values must be field names without "."',
  },

  // relational depth
  {
    name: 'depth in fields',
    query: 'fields=a.b.c',
    options: { maxRelationalDepth: 2 },
    reason: 'Max relational depth exceeded',
  },
  {
    name: 'depth in filter',
    query: 'filter[a][b][c][_eq]=1',
    options: { maxRelationalDepth: 2 },
    reason: 'Max relational depth exceeded',
  },
  {
    name: 'depth in filter through _or and _some',
    query: `filter=${json({ _or: [{ a: { _some: { b: { c: { _eq: 1 } } } } }] })}`,
    options: { maxRelationalDepth: 2 },
    reason: 'Max relational depth exceeded',
  },
  {
    name: 'depth in sort',
    query: 'sort=-a.b.c',
    options: { maxRelationalDepth: 2 },
    reason: 'Max relational depth exceeded',
  },
  {
    name: 'depth in deep nesting',
    query: 'deep[a][b][c][_limit]=1',
    options: { maxRelationalDepth: 2 },
    reason: 'Max relational depth exceeded',
  },
  {
    name: 'depth in deep filter',
    query: 'deep[a][_filter][b][c][_eq]=1',
    options: { maxRelationalDepth: 2 },
    reason: 'Max relational depth exceeded',
  },
  {
    name: 'depth in deep sort',
    query: 'deep[a][_sort]=b.c',
    options: { maxRelationalDepth: 2 },
    reason: 'Max relational depth exceeded',
  },
  {
    name: 'depth in groupBy',
    query: 'groupBy=a.b.c&aggregate[count]=*',
    options: { maxRelationalDepth: 2 },
    reason: 'Max relational depth exceeded',
  },
  {
    name: 'depth with the default of 10',
    query: `fields=${'a.'.repeat(10)}b`,
    reason: 'Max relational depth exceeded',
  },
];

describe('parseQuery errors', () => {
  it.each(cases)('$name', ({ query, reason, options: overrides }) => {
    expectInvalidQuery(() => parseQuery(fromQueryString(query), { ...options, ...overrides }), reason);
  });

  it('stops runaway deep nesting even with no depth limit', () => {
    const deep = `${'{"a":'.repeat(150)}{}${'}'.repeat(150)}`;
    expectInvalidQuery(
      () => parseQuery({ deep }, { ...options, maxRelationalDepth: Number.POSITIVE_INFINITY }),
      'The deep query is nested too deeply',
    );
  });

  it('stops runaway filter nesting', () => {
    const filter = `${'{"a":'.repeat(150)}{"_eq":1}${'}'.repeat(150)}`;
    expectInvalidQuery(() => parseQuery({ filter }, options), 'The filter is nested too deeply');
  });
});
