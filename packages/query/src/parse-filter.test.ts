import type { Filter } from '@plinth/types';
import { describe, expect, it } from 'vitest';
import { expectInvalidQuery } from '../test/expect-invalid-query.js';
import { parseFilter } from './parse-filter.js';

const SCALAR_OPERATORS = [
  '_eq',
  '_neq',
  '_ieq',
  '_nieq',
  '_lt',
  '_lte',
  '_gt',
  '_gte',
  '_contains',
  '_ncontains',
  '_icontains',
  '_nicontains',
  '_starts_with',
  '_nstarts_with',
  '_istarts_with',
  '_nistarts_with',
  '_ends_with',
  '_nends_with',
  '_iends_with',
  '_niends_with',
  '_regex',
] as const;
const LIST_OPERATORS = ['_in', '_nin', '_between', '_nbetween'] as const;
const BOOLEAN_OPERATORS = ['_null', '_nnull', '_empty', '_nempty', '_submitted'] as const;
const GEOMETRY_OPERATORS = ['_intersects', '_nintersects', '_intersects_bbox', '_nintersects_bbox'] as const;
const POINT = { type: 'Point', coordinates: [1, 2] };

const emptyString = (op: string) =>
  `You can't filter for an empty string in "${op}". Use "_empty" or "_nempty" instead`;

describe('parseFilter operators', () => {
  it.each(SCALAR_OPERATORS)('%s keeps strings, numbers, booleans and null', (op) => {
    for (const value of ['x', 5, -2.5, true, null]) {
      expect(parseFilter({ f: { [op]: value } })).toEqual({ f: { [op]: value } });
    }
  });

  it.each(SCALAR_OPERATORS)('%s refuses the empty string', (op) => {
    expectInvalidQuery(() => parseFilter({ f: { [op]: '' } }), emptyString(op));
  });

  it.each(SCALAR_OPERATORS)('%s refuses objects and arrays', (op) => {
    const reason = `The filter value for "${op}" has to be a string, number, boolean or null`;
    expectInvalidQuery(() => parseFilter({ f: { [op]: { a: 1 } } }), reason);
    expectInvalidQuery(() => parseFilter({ f: { [op]: [1] } }), reason);
  });

  it.each(LIST_OPERATORS)('%s takes arrays, comma text and qs index objects', (op) => {
    expect(parseFilter({ f: { [op]: [1, 'b'] } })).toEqual({ f: { [op]: [1, 'b'] } });
    expect(parseFilter({ f: { [op]: '1,10' } })).toEqual({ f: { [op]: ['1', '10'] } });
    expect(parseFilter({ f: { [op]: { 1: 'b', 0: 'a' } } })).toEqual({ f: { [op]: ['a', 'b'] } });
    expect(parseFilter({ f: { [op]: 'true,null,NULL,false' } })).toEqual({
      f: { [op]: [true, null, null, false] },
    });
  });

  it.each(LIST_OPERATORS)('%s needs a non-empty list of scalars', (op) => {
    const reason = `"${op}" has to be a non-empty array of values`;
    for (const value of [[], '', 5, true, null, { a: 1 }]) {
      expectInvalidQuery(() => parseFilter({ f: { [op]: value } }), reason);
    }
    expectInvalidQuery(
      () => parseFilter({ f: { [op]: [[1]] } }),
      `The filter value for "${op}" has to be a string, number, boolean or null`,
    );
    expectInvalidQuery(
      () => parseFilter({ f: { [op]: [2 ** 60] } }),
      `The filter value for "${op}" is not a valid number`,
    );
  });

  it.each(BOOLEAN_OPERATORS)('%s reads booleans, their wire spellings, and a bare key as true', (op) => {
    const cases: [unknown, boolean][] = [
      [true, true],
      [false, false],
      ['true', true],
      ['false', false],
      ['', true],
      [null, true],
    ];
    for (const [value, expected] of cases) {
      expect(parseFilter({ f: { [op]: value } })).toEqual({ f: { [op]: expected } });
    }
  });

  it.each(BOOLEAN_OPERATORS)('%s refuses anything else', (op) => {
    for (const value of ['yes', 1, 0, [true], { a: true }]) {
      expectInvalidQuery(() => parseFilter({ f: { [op]: value } }), `"${op}" has to be a boolean`);
    }
  });

  it.each(GEOMETRY_OPERATORS)('%s takes GeoJSON objects or their JSON text', (op) => {
    expect(parseFilter({ f: { [op]: POINT } })).toEqual({ f: { [op]: POINT } });
    expect(parseFilter({ f: { [op]: JSON.stringify(POINT) } })).toEqual({ f: { [op]: POINT } });
  });

  it.each(GEOMETRY_OPERATORS)('%s refuses non-GeoJSON', (op) => {
    for (const value of ['POINT(1 2)', '{}', { coordinates: [1, 2] }, 5, null, [POINT]]) {
      expectInvalidQuery(() => parseFilter({ f: { [op]: value } }), `"${op}" has to be a GeoJSON object`);
    }
  });
});

const shapes: [string, unknown, Filter][] = [
  ['a single condition', { title: { _eq: 'x' } }, { title: { _eq: 'x' } }],
  ['JSON text', '{"a":{"_eq":1}}', { a: { _eq: 1 } }],
  ['an empty filter', {}, {}],
  ['an empty field object', { a: {} }, { a: {} }],
  ['a bare string as _eq', { a: 'x' }, { a: { _eq: 'x' } }],
  ['a bare number as _eq', { a: 5 }, { a: { _eq: 5 } }],
  ['a bare null as _eq', { a: null }, { a: { _eq: null } }],
  ['a bare "true" coerced', { a: 'true' }, { a: { _eq: true } }],
  ['"NULL" coerced', { a: { _neq: 'NULL' } }, { a: { _neq: null } }],
  ['several keys AND-ed', { a: 1, b: 2 }, { _and: [{ a: { _eq: 1 } }, { b: { _eq: 2 } }] }],
  [
    'several operators on one field',
    { a: { _gt: 1, _lt: 5 } },
    { _and: [{ a: { _gt: 1 } }, { a: { _lt: 5 } }] },
  ],
  [
    '_or hoisted above its field',
    { a: { _or: [{ _eq: 1 }, { _eq: 2 }] } },
    { _or: [{ a: { _eq: 1 } }, { a: { _eq: 2 } }] },
  ],
  [
    '_and hoisted above a relational field',
    { author: { _and: [{ name: { _eq: 'a' } }, { age: { _gt: 3 } }] } },
    { _and: [{ author: { name: { _eq: 'a' } } }, { author: { age: { _gt: 3 } } }] },
  ],
  [
    'hoisting one level per field, as on the wire',
    { a: { b: { _or: [{ _eq: 1 }, { _eq: 2 }] } } },
    { a: { _or: [{ b: { _eq: 1 } }, { b: { _eq: 2 } }] } },
  ],
  ['a relational path', { author: { name: { _eq: 'x' } } }, { author: { name: { _eq: 'x' } } }],
  [
    'nested logical operators',
    { _and: [{ _or: [{ a: { _eq: 1 } }, { b: { _eq: 2 } }] }, { c: { _null: true } }] },
    { _and: [{ _or: [{ a: { _eq: 1 } }, { b: { _eq: 2 } }] }, { c: { _null: true } }] },
  ],
  [
    '_and as a qs index object',
    { _and: { 0: { a: 1 }, 1: { b: 2 } } },
    { _and: [{ a: { _eq: 1 } }, { b: { _eq: 2 } }] },
  ],
  ['an empty _or', { _or: [] }, { _or: [] }],
  [
    '_some',
    { comments: { _some: { text: { _contains: 'x' } } } },
    { comments: { _some: { text: { _contains: 'x' } } } },
  ],
  ['_none with an empty filter', { comments: { _none: {} } }, { comments: { _none: {} } }],
  [
    '_some with several keys',
    { comments: { _some: { a: 1, b: 2 } } },
    { comments: { _some: { _and: [{ a: { _eq: 1 } }, { b: { _eq: 2 } }] } } },
  ],
  [
    '_some contents hoisted as a filter of their own',
    { tags: { _some: { name: { _or: [{ _eq: 'a' }, { _eq: 'b' }] } } } },
    { tags: { _some: { _or: [{ name: { _eq: 'a' } }, { name: { _eq: 'b' } }] } } },
  ],
  ['a date function key', { 'year(date_created)': { _eq: 2024 } }, { 'year(date_created)': { _eq: 2024 } }],
  ['a count function key', { 'count(comments)': { _gt: 3 } }, { 'count(comments)': { _gt: 3 } }],
  [
    'an a2o scope key',
    { 'item:headings': { title: { _eq: 'x' } } },
    { 'item:headings': { title: { _eq: 'x' } } },
  ],
  [
    'dynamic variables kept',
    { d: { _gte: '$NOW(-1 year)' }, u: '$CURRENT_USER.role' },
    {
      _and: [{ d: { _gte: '$NOW(-1 year)' } }, { u: { _eq: '$CURRENT_USER.role' } }],
    },
  ],
  ['negative safe integer', { a: { _gte: -(2 ** 53 - 1) } }, { a: { _gte: -(2 ** 53 - 1) } }],
  ['a "constructor" field', { constructor: { _eq: 1 } }, { constructor: { _eq: 1 } }],
];

describe('parseFilter shapes', () => {
  it.each(shapes)('%s', (_name, input, expected) => {
    expect(parseFilter(input)).toEqual(expected);
  });

  it('refuses a "__proto__" key like any other underscore key, leaving prototypes alone', () => {
    expectInvalidQuery(
      () => parseFilter(JSON.parse('{"__proto__":{"_eq":1}}')),
      '"__proto__" is not a valid filter operator',
    );
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['_eq']).toBeUndefined();
  });
});

const errors: [string, unknown, string][] = [
  ['bad JSON text', '{bad', 'Invalid JSON for filter object'],
  ['a number', 5, 'Invalid filter object'],
  ['null', null, 'Invalid filter object'],
  ['an array', [{ a: 1 }], 'Invalid filter object'],
  ['an empty bare value', { a: '' }, emptyString('_eq')],
  ['a bare array', { a: [1, 2] }, 'The filter value for "_eq" has to be a string, number, boolean or null'],
  ['an unknown operator', { a: { _foo: 1 } }, '"_foo" is not a valid filter operator'],
  ['an operator at the root', { _eq: 1 }, '"_eq" has to be used on a field'],
  ['an operator at the root of a branch', { _or: [{ _eq: 1 }] }, '"_eq" has to be used on a field'],
  ['an operator at the root of _some', { a: { _some: { _eq: 1 } } }, '"_eq" has to be used on a field'],
  ['_some at the root', { _some: {} }, '"_some" has to be used on a relational field'],
  ['_none with a scalar', { a: { _none: 5 } }, '"_none" has to be a filter object'],
  ['_and as an object', { _and: { a: 1 } }, '"_and" has to be an array of filters'],
  ['_or holding a scalar', { _or: [1] }, '"_or" has to be an array of filters'],
  ['_or as text', { _or: 'a' }, '"_or" has to be an array of filters'],
  [
    'a number beyond MAX_SAFE_INTEGER',
    { a: { _eq: 2 ** 60 } },
    'The filter value for "_eq" is not a valid number',
  ],
  ['a negative number beyond it', { a: -(2 ** 60) }, 'The filter value for "_eq" is not a valid number'],
  ['Infinity from JSON', '{"a":{"_lt":1e400}}', 'The filter value for "_lt" is not a valid number'],
  ['a malformed $NOW', { a: { _gt: '$NOW(soon)' } }, 'Invalid date adjustment "soon" in $NOW'],
  ['a malformed $CURRENT_USER path', { a: '$CURRENT_USER.' }, 'Invalid dynamic variable "$CURRENT_USER."'],
  ['a malformed key', { 'year(': { _eq: 1 } }, 'Invalid field "year("'],
  ['an unknown function key', { 'foo(a)': { _eq: 1 } }, 'Invalid function "foo" in "foo(a)"'],
  ['a wildcard key', { '*': { _eq: 1 } }, 'Invalid field "*"'],
  [
    'a json path too deep',
    { [`json(m, ${'a.'.repeat(10)}b)`]: { _eq: 1 } },
    `Invalid json path "${'a.'.repeat(10)}b": deeper than 10 levels`,
  ],
];

describe('parseFilter errors', () => {
  it.each(errors)('%s', (_name, input, reason) => {
    expectInvalidQuery(() => parseFilter(input), reason);
  });

  it('refuses filters nested deeper than it will walk', () => {
    let filter: Record<string, unknown> = { a: { _eq: 1 } };
    for (let level = 0; level < 200; level++) filter = { _and: [filter] };
    expectInvalidQuery(() => parseFilter(filter), 'The filter is nested too deeply');
  });

  it('honours maxJsonQueryDepth', () => {
    expect(parseFilter({ 'json(m, a.b)': { _eq: 1 } }, { maxJsonQueryDepth: 2 })).toEqual({
      'json(m, a.b)': { _eq: 1 },
    });
    expectInvalidQuery(
      () => parseFilter({ 'json(m, a.b.c)': { _eq: 1 } }, { maxJsonQueryDepth: 2 }),
      'Invalid json path "a.b.c": deeper than 2 levels',
    );
  });
});
