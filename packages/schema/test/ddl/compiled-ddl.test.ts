import type { DatabaseClient } from '@plinth/types';
import {
  type DatabaseIntrospector,
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
  type QueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type DdlPlan,
  type DdlTarget,
  planAddColumn,
  planAddForeignKey,
  planAlterColumn,
  planCreateTable,
  planDropColumn,
  planDropForeignKey,
  planDropTable,
} from '../../src/ddl/index.js';
import { everyType } from './helpers/every-type.js';
import { articlesTable, fixtureSchema } from './helpers/fixture-tables.js';

type Parts = [
  adapter: () => object,
  compiler: () => QueryCompiler,
  introspector: (db: any) => DatabaseIntrospector,
];

const parts: Record<DatabaseClient, Parts> = {
  sqlite: [() => new SqliteAdapter(), () => new SqliteQueryCompiler(), (db) => new SqliteIntrospector(db)],
  pg: [() => new PostgresAdapter(), () => new PostgresQueryCompiler(), (db) => new PostgresIntrospector(db)],
  mysql: [() => new MysqlAdapter(), () => new MysqlQueryCompiler(), (db) => new MysqlIntrospector(db)],
  mssql: [() => new MssqlAdapter(), () => new MssqlQueryCompiler(), (db) => new MssqlIntrospector(db)],
};

/** Kysely's compile-only setup: the plans only compile, nothing connects (how MS SQL is covered). */
function compileOnly(client: DatabaseClient): DdlTarget {
  const [createAdapter, createQueryCompiler, createIntrospector] = parts[client];
  const kysely = new Kysely<any>({
    dialect: {
      createAdapter: createAdapter as never,
      createDriver: () => new DummyDriver(),
      createIntrospector,
      createQueryCompiler,
    },
  });
  return { kysely, client };
}

function plans(target: DdlTarget): Record<string, DdlPlan> {
  const table = articlesTable();
  return {
    'create table with every type': planCreateTable(target, 'everything', everyType),
    'create table with a bigInteger key': planCreateTable(target, 'big_keys', [
      { field: 'id', type: 'bigInteger', schema: { has_auto_increment: true } },
    ]),
    'create table with a uuid key': planCreateTable(target, 'uuid_keys', [
      { field: 'id', type: 'uuid', schema: { is_primary_key: true } },
      { field: 'code', type: 'string', schema: { is_unique: true } },
    ]),
    'create table with a string key': planCreateTable(target, 'languages', [
      { field: 'code', type: 'string', schema: { is_primary_key: true, max_length: 10 } },
    ]),
    'add a unique column': planAddColumn(target, table, {
      field: 'slug',
      type: 'string',
      schema: { is_unique: true },
    }),
    'add a required column with a default': planAddColumn(target, table, {
      field: 'rank',
      type: 'integer',
      schema: { is_nullable: false, default_value: 1, is_indexed: true },
    }),
    'add a required column without a default': planAddColumn(target, table, {
      field: 'kind',
      type: 'string',
      schema: { is_nullable: false },
    }),
    'alter type and length': planAlterColumn(target, table, {
      field: 'status',
      type: 'string',
      schema: { max_length: 40 },
    }),
    'alter default and nullability': planAlterColumn(target, table, {
      field: 'views',
      schema: { default_value: 10, is_nullable: false },
    }),
    'alter unique and index flags': planAlterColumn(target, table, {
      field: 'title',
      schema: { is_unique: false, is_indexed: true },
    }),
    'drop a column with a foreign key': planDropColumn(target, table, 'author'),
    'drop a plain column': planDropColumn(target, table, 'status'),
    'drop a table': planDropTable(target, 'articles'),
    'add a foreign key': planAddForeignKey(
      target,
      {
        collection: 'articles',
        field: 'editor',
        related_collection: 'editors',
        schema: { on_delete: 'CASCADE' },
      },
      fixtureSchema(target.client),
    ),
    'drop a foreign key': planDropForeignKey(target, table, 'author'),
  };
}

const targets: DdlTarget[] = [];
afterAll(async () => {
  for (const target of targets) await target.kysely.destroy();
});

describe.each(['pg', 'mysql', 'sqlite', 'mssql'] as const)('compiled DDL plans for %s', (client) => {
  const target = compileOnly(client);
  targets.push(target);

  it(`matches the committed SQL snapshot${client === 'mssql' ? ' (MS SQL: compiled only, untested against a live server)' : ''}`, () => {
    const text = Object.entries(plans(target))
      .map(([name, plan]) => `-- ${name}\n${plan.steps.map((step) => `${step.sql};`).join('\n')}`)
      .join('\n\n');
    expect(text).toMatchSnapshot();
  });

  it('gives every step a description and an SQL text without parameters', () => {
    for (const plan of Object.values(plans(target))) {
      for (const step of plan.steps) {
        expect(step.description.length).toBeGreaterThan(0);
        expect(step.sql).not.toMatch(/\$\d|\?|@\d/);
      }
    }
  });
});
