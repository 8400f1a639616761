import type { Query } from '@plinth/types';
import { describe, expect, it } from 'vitest';
import { expectInvalidQuery } from '../test/expect-invalid-query.js';
import { assertRelationalDepth } from './assert-relational-depth.js';

const within: [string, Query][] = [
  ['fields', { fields: ['a.b.c'] }],
  ['descending sort', { sort: ['-a.b.c'] }],
  ['function path', { fields: ['a.b.year(c)'] }],
  ['filter', { filter: { a: { b: { c: { _eq: 1 } } } } }],
  ['filter through _some', { filter: { a: { _some: { b: { c: { _eq: 1 } } } } } }],
  [
    'geometry values do not count',
    { filter: { a: { b: { _intersects: { type: 'Point', coordinates: [1, 2] } } } } },
  ],
  ['deep', { deep: { a: { b: { _filter: { c: { _eq: 1 } } } } } }],
  ['fields ignored while aggregating', { fields: ['a.b.c.d'], aggregate: { count: ['*'] } }],
];

const beyond: [string, Query][] = [
  ['fields', { fields: ['a.b.c.d'] }],
  ['sort', { sort: ['-a.b.c.d'] }],
  ['groupBy', { groupBy: ['a.b.c.d'], fields: ['x'] }],
  ['filter', { filter: { a: { b: { c: { d: { _eq: 1 } } } } } }],
  ['filter in _or', { filter: { _or: [{ x: { _eq: 1 } }, { a: { b: { c: { d: { _eq: 1 } } } } }] } }],
  ['deep nesting', { deep: { a: { b: { c: { d: { _limit: 1 } } } } } }],
  ['deep _filter', { deep: { a: { b: { _filter: { c: { d: { _eq: 1 } } } } } } }],
  ['deep _sort', { deep: { a: { _sort: ['b.c.d'] } } }],
  ['deep _group', { deep: { a: { _group: ['b.c.d'] } } }],
];

describe('assertRelationalDepth', () => {
  it.each(within)('accepts %s at the limit', (_name, query) => {
    expect(() => assertRelationalDepth(query, 3)).not.toThrow();
  });

  it.each(beyond)('refuses %s beyond the limit', (_name, query) => {
    expectInvalidQuery(() => assertRelationalDepth(query, 3), 'Max relational depth exceeded');
  });

  it('treats limits below 2 as 2', () => {
    expect(() => assertRelationalDepth({ fields: ['a.b'] }, 0)).not.toThrow();
    expectInvalidQuery(
      () => assertRelationalDepth({ fields: ['a.b.c'] }, 0),
      'Max relational depth exceeded',
    );
  });
});
