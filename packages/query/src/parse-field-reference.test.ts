import { describe, expect, it } from 'vitest';
import { expectInvalidQuery } from '../test/expect-invalid-query.js';
import { type FieldReference, fieldFunctionNames } from './field-reference.js';
import { parseFieldReference } from './parse-field-reference.js';

const valid: [string, FieldReference][] = [
  ['id', { path: ['id'] }],
  ['author.name', { path: ['author', 'name'] }],
  ['*', { path: ['*'] }],
  ['*.*', { path: ['*', '*'] }],
  ['author.*', { path: ['author', '*'] }],
  ['tags.tags_id.name', { path: ['tags', 'tags_id', 'name'] }],
  ['year(date)', { path: ['date'], fn: { name: 'year', field: ['date'] } }],
  ['author.year(date)', { path: ['author', 'date'], fn: { name: 'year', field: ['date'] } }],
  ['count(comments)', { path: ['comments'], fn: { name: 'count', field: ['comments'] } }],
  [
    'json(meta, a.b[0].c)',
    {
      path: ['meta'],
      fn: { name: 'json', field: ['meta'], args: ['a.b[0].c'], jsonPath: ['a', 'b', 0, 'c'] },
    },
  ],
  [
    'json(rel.meta,x)',
    { path: ['rel', 'meta'], fn: { name: 'json', field: ['rel', 'meta'], args: ['x'], jsonPath: ['x'] } },
  ],
  [
    'json(m, [2].name)',
    { path: ['m'], fn: { name: 'json', field: ['m'], args: ['[2].name'], jsonPath: [2, 'name'] } },
  ],
  [
    'json(m, $.a[1][2])',
    { path: ['m'], fn: { name: 'json', field: ['m'], args: ['$.a[1][2]'], jsonPath: ['a', 1, 2] } },
  ],
  ['item:headings.title', { path: ['item', 'title'], scopes: { 0: 'headings' } }],
  ['blocks.item:headings.title', { path: ['blocks', 'item', 'title'], scopes: { 1: 'headings' } }],
  ['blocks.item:text.*', { path: ['blocks', 'item', '*'], scopes: { 1: 'text' } }],
  ['a.x:b.c.y:d.e', { path: ['a', 'x', 'c', 'y', 'e'], scopes: { 1: 'b', 3: 'd' } }],
  ['item:headings', { path: ['item'], scopes: { 0: 'headings' } }],
];

describe('parseFieldReference', () => {
  it.each(valid)('%s', (text, expected) => {
    expect(parseFieldReference(text)).toEqual(expected);
  });

  it.each(fieldFunctionNames.filter((name) => name !== 'json'))('knows %s()', (name) => {
    expect(parseFieldReference(`${name}(f)`)).toEqual({ path: ['f'], fn: { name, field: ['f'] } });
  });
});

const invalid: [string, string][] = [
  ['', 'Invalid field ""'],
  ['a..b', 'Invalid field "a..b"'],
  ['.a', 'Invalid field ".a"'],
  ['a.', 'Invalid field "a."'],
  ['a b', 'Invalid field "a b"'],
  ['item:', 'Invalid field "item:"'],
  [':x', 'Invalid field ":x"'],
  ['a:b:c', 'Invalid field "a:b:c"'],
  ['*:x', 'Invalid field "*:x"'],
  ['year(a', 'Invalid field "year(a"'],
  ['year()', 'Invalid field "year()"'],
  ['year(*)', 'Invalid field "year(*)"'],
  ['*.year(a)', 'Invalid field "*.year(a)"'],
  ['year(a)x', 'Invalid field "year(a)x"'],
  ['foo(a)', 'Invalid function "foo" in "foo(a)"'],
  ['(a)', 'Invalid function "" in "(a)"'],
  ['year(month(a))', 'Nested functions are not supported in "year(month(a))"'],
  ['year(a, b)', '"year" takes exactly one field in "year(a, b)"'],
  ['json(meta)', '"json" takes a field and a path, as in json(field, a.b) in "json(meta)"'],
  ['json(meta, a, b)', '"json" takes a field and a path, as in json(field, a.b) in "json(meta, a, b)"'],
  ['json(meta, )', 'Invalid json path "": the path is empty or ends with "."'],
  ['json(meta, a.)', 'Invalid json path "a.": the path is empty or ends with "."'],
  ['json(meta, a..b)', 'Invalid json path "a..b": unexpected "."'],
  ['json(meta, a[x])', 'Invalid json path "a[x]": array indexes must be whole numbers in brackets'],
  ['json(meta, a[1)', 'Invalid json path "a[1": array indexes must be whole numbers in brackets'],
  ['json(meta, a.*)', 'Invalid json path "a.*": wildcards are not supported'],
  ['json(meta, a[*])', 'Invalid json path "a[*]": wildcards are not supported'],
  ['json(meta, a b)', 'Invalid json path "a b": unexpected " "'],
  [`json(meta, ${'a.'.repeat(10)}b)`, `Invalid json path "${'a.'.repeat(10)}b": deeper than 10 levels`],
];

describe('parseFieldReference errors', () => {
  it.each(invalid)('%j', (text, reason) => {
    expectInvalidQuery(() => parseFieldReference(text), reason);
  });

  it('refuses wildcards when asked to', () => {
    expectInvalidQuery(
      () => parseFieldReference('author.*', { allowWildcards: false }),
      'Invalid field "author.*"',
    );
  });

  it('honours maxJsonQueryDepth', () => {
    expect(parseFieldReference('json(m, a.b)', { maxJsonQueryDepth: 2 }).fn?.jsonPath).toEqual(['a', 'b']);
    expectInvalidQuery(
      () => parseFieldReference('json(m, a.b.c)', { maxJsonQueryDepth: 2 }),
      'Invalid json path "a.b.c": deeper than 2 levels',
    );
  });
});
