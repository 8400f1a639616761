import { isPlinthError } from '@plinth/errors';
import { createTestDatabase } from '@plinth/test-kit';
import type { SchemaOverview } from '@plinth/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/parse-query.js';
import { validateQuery } from '../../src/validate/validate-query.js';
import { createFixture } from '../compile/lib/create-fixture.js';

const forbidden = (field: string, collection: string, where: string) =>
  `You don't have permission to access field "${field}" in collection "${collection}" or it does not exist. Queried in ${where}.`;

describe('validateQuery refusals', () => {
  let schema: SchemaOverview;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const created = await createTestDatabase({ client: 'sqlite', url: 'file' }, { prefix: 'plinth_query' });
    drop = created.drop;
    schema = await createFixture(created.database);
  });
  afterAll(async () => drop?.());

  function refusal(
    raw: Record<string, unknown>,
    collection = 'articles',
    policy?: Parameters<typeof validateQuery>[1]['policy'],
  ) {
    const query = parseQuery(raw, {
      defaultLimit: 100,
      maxLimit: Number.POSITIVE_INFINITY,
      maxRelationalDepth: 10,
    });
    try {
      validateQuery(query, { schema, collection, ...(policy ? { policy } : {}) });
    } catch (error) {
      if (isPlinthError(error, 'FORBIDDEN') || isPlinthError(error, 'INVALID_QUERY'))
        return { code: error.code, reason: (error.extensions as { reason?: string }).reason };
      throw error;
    }
    return null;
  }

  it.each([
    ['unknown root field', { fields: 'nope' }, forbidden('nope', 'articles', 'root')],
    ['unknown nested field', { fields: 'author.nope' }, forbidden('nope', 'authors', '"author"')],
    [
      'unknown field two levels down',
      { fields: 'comments.article.nope' },
      forbidden('nope', 'articles', '"comments.article"'),
    ],
    ['unknown filter field', { filter: { nope: { _eq: 1 } } }, forbidden('nope', 'articles', 'root')],
    [
      'unknown relational filter field',
      { filter: { author: { nope: { _eq: 1 } } } },
      forbidden('nope', 'authors', '"author"'),
    ],
    ['unknown sort field', { sort: 'nope' }, forbidden('nope', 'articles', 'root')],
    ['unknown sort field through m2o', { sort: 'author.nope' }, forbidden('nope', 'authors', '"author"')],
    [
      'unknown deep filter field',
      { fields: 'comments.id', deep: { comments: { _filter: { nope: { _eq: 1 } } } } },
      forbidden('nope', 'comments', '"comments"'),
    ],
    ['unknown aggregate field', { aggregate: { sum: 'nope' } }, forbidden('nope', 'articles', 'root')],
  ])('FORBIDDEN: %s', (_name, raw, reason) => {
    expect(refusal(raw)).toEqual({ code: 'FORBIDDEN', reason });
  });

  it('names the a2o path of an unknown scoped field', () => {
    expect(refusal({ fields: 'blocks.item:texts.title' }, 'pages')).toEqual({
      code: 'FORBIDDEN',
      reason: forbidden('title', 'texts', '"blocks.item:texts"'),
    });
  });

  it('refuses an unknown collection', () => {
    expect(refusal({}, 'nope')).toEqual({
      code: 'FORBIDDEN',
      reason: `You don't have permission to access collection "nope" or it does not exist. Queried in root.`,
    });
  });

  it('treats fields outside the policy as missing, and leaves them out of *', () => {
    const policy = () => ({ fields: new Set(['id', 'title']) });
    expect(refusal({ fields: 'status' }, 'articles', policy)).toEqual({
      code: 'FORBIDDEN',
      reason: forbidden('status', 'articles', 'root'),
    });
    expect(refusal({ filter: { status: 'x' } }, 'articles', policy)?.code).toBe('FORBIDDEN');
    const query = parseQuery({ fields: '*' }, { defaultLimit: 100, maxLimit: 100, maxRelationalDepth: 10 });
    const node = validateQuery(query, { schema, collection: 'articles', policy });
    expect(node.fields.map((field) => field.key)).toEqual(['id', 'title']);
  });

  it.each([
    [
      '_gt on a string',
      { filter: { title: { _gt: 'a' } } },
      '"string" field type does not contain the "_gt" filter operator',
    ],
    [
      '_contains on an integer',
      { filter: { id: { _contains: '1' } } },
      '"integer" field type does not contain the "_contains" filter operator',
    ],
    [
      '_eq on json',
      { filter: { meta: { _eq: 'x' } } },
      '"json" field type does not contain the "_eq" filter operator',
    ],
    [
      '_eq on a concealed field',
      { filter: { secret: { _eq: 'x' } } },
      '"hash" field type does not contain the "_eq" filter operator',
    ],
    [
      '_ieq anywhere',
      { filter: { title: { _ieq: 'x' } } },
      '"string" field type does not contain the "_ieq" filter operator',
    ],
    [
      '_nicontains',
      { filter: { title: { _nicontains: 'x' } } },
      '"string" field type does not contain the "_nicontains" filter operator',
    ],
    [
      '_gt on a boolean',
      { filter: { featured: { _gt: 1 } } },
      '"boolean" field type does not contain the "_gt" filter operator',
    ],
    [
      '_some on an m2o',
      { filter: { author: { _some: { name: 'x' } } } },
      '"_some" can only be used on one-to-many and many-to-many fields',
    ],
    ['year() of a string', { filter: { 'year(title)': { _eq: 1 } } }, 'Invalid filter key "year(title)"'],
    ['hour() of a date', { fields: 'hour(published_on)' }, 'Invalid function specified "hour(published_on)"'],
    ['non-numeric value', { filter: { id: { _eq: 'abc' } } }, 'Invalid numeric value'],
    ['bad date', { filter: { published_on: { _eq: '2024-13-45' } } }, 'Invalid date value "2024-13-45"'],
    ['bad uuid', { filter: { ref: { _eq: 'x' } } }, 'Invalid UUID value "x"'],
    ['sum of text', { aggregate: { sum: 'title' } }, `"sum" can't be used on field "title" of type "string"`],
  ])('INVALID_QUERY: %s', (_name, raw, reason) => {
    expect(refusal(raw)).toEqual({ code: 'INVALID_QUERY', reason });
  });
});
