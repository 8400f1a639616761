import { createTestDatabase } from '@plinth/test-kit';
import type { DatabaseClient, SchemaOverview } from '@plinth/types';
import {
  DummyDriver,
  Kysely,
  MssqlAdapter,
  MssqlIntrospector,
  MssqlQueryCompiler,
  MysqlAdapter,
  MysqlIntrospector,
  MysqlQueryCompiler,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCount } from '../../src/compile/compile-count.js';
import { compileRead } from '../../src/compile/compile-read.js';
import { parseQuery } from '../../src/parse-query.js';
import { validateQuery } from '../../src/validate/validate-query.js';
import { createFixture } from './lib/create-fixture.js';

const parts = {
  pg: [PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler],
  mysql: [MysqlAdapter, MysqlIntrospector, MysqlQueryCompiler],
  sqlite: [SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler],
  mssql: [MssqlAdapter, MssqlIntrospector, MssqlQueryCompiler],
} as const;

function compileOnly(client: DatabaseClient): Kysely<unknown> {
  const [Adapter, Introspector, Compiler] = parts[client];
  return new Kysely({
    dialect: {
      createAdapter: () => new Adapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new Introspector(db),
      createQueryCompiler: () => new Compiler(),
    },
  });
}

const representative: Array<[string, string, Record<string, unknown>]> = [
  [
    'values and m2o',
    'articles',
    {
      fields: 'id,featured,updated_at,price,meta,author.name',
      filter: { title: { _contains: '50%_' } },
      sort: '-author.name',
      limit: '10',
      offset: '5',
    },
  ],
  [
    'o2m and m2m lists',
    'articles',
    { fields: 'comments.body,tags.tags_id.name', deep: { comments: { _limit: 2, _sort: '-id' } } },
  ],
  ['m2a', 'pages', { fields: 'blocks.item:headings.title,blocks.item:texts.body' }],
  [
    'relational filters and functions',
    'articles',
    {
      fields: 'id,year(created_at),count(comments)',
      filter: {
        _or: [
          { author: { name: 'ada' } },
          { comments: { _none: { body: 'x' } } },
          { 'weekday(published_on)': { _eq: 1 } },
        ],
      },
    },
  ],
  [
    'aggregate with groupBy',
    'articles',
    { aggregate: { count: '*', sum: 'price' }, groupBy: 'status', sort: '-count' },
  ],
];

describe('compiled SQL per dialect (MS SQL is covered here only)', () => {
  let schema: SchemaOverview;
  let drop: () => Promise<void>;
  // The overview comes from the SQLite fixture; the statements are compiled for every engine.
  beforeAll(async () => {
    const created = await createTestDatabase({ client: 'sqlite', url: 'file' }, { prefix: 'plinth_query' });
    drop = created.drop;
    schema = await createFixture(created.database);
  });
  afterAll(async () => drop?.());
  for (const client of ['pg', 'mysql', 'sqlite', 'mssql'] as const) {
    const kysely = compileOnly(client);
    it.each(representative)(`${client}: %s`, (_name, collection, raw) => {
      const query = parseQuery(raw, {
        defaultLimit: 100,
        maxLimit: Number.POSITIVE_INFINITY,
        maxRelationalDepth: 10,
      });
      const node = validateQuery(query, { schema, collection, now: new Date('2024-03-01T00:00:00Z') });
      const compiled = compileRead(node, { client }).compile(kysely);
      expect(compiled.sql).toMatch(/^select /);
      expect({ sql: compiled.sql, parameters: compiled.parameters }).toMatchSnapshot();
    });
    it(`${client}: meta count`, () => {
      const query = parseQuery(
        { filter: { status: 'draft' } },
        { defaultLimit: 100, maxLimit: 100, maxRelationalDepth: 10 },
      );
      const node = validateQuery(query, { schema, collection: 'articles' });
      expect(compileCount(node, 'filter_count', { client }).compile(kysely).sql).toMatchSnapshot();
    });
  }
});
