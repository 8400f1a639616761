import type { DatabaseClient } from '@plinth/types';
import {
  type DatabaseIntrospector,
  DummyDriver,
  Kysely,
  type Kysely as KyselyType,
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
import { describe, expect, it } from 'vitest';
import { getDialectStrategy } from '../src/dialects/get-dialect-strategy.js';
import { ensureMigrationsTable } from '../src/migrations/ensure-migrations-table.js';
import { systemTablesMigration } from '../src/migrations/versions/0001-system-tables.js';

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

/**
 * Runs the install migration against Kysely's compile-only setup (a driver that answers every
 * query with no rows, so every table looks missing) and collects the SQL it would send. The
 * runner's lock statements need real answers and are covered by the integration tests.
 */
async function compileMigration(client: DatabaseClient): Promise<string[]> {
  const [createAdapter, createQueryCompiler, createIntrospector] = parts[client];
  const statements: string[] = [];
  const kysely: KyselyType<any> = new Kysely<any>({
    dialect: {
      createAdapter: createAdapter as never,
      createDriver: () => new DummyDriver(),
      createIntrospector,
      createQueryCompiler,
    },
    log: (event) => void statements.push(event.query.sql.replace(/\s+/g, ' ').trim()),
  });
  const strategy = getDialectStrategy(client);
  await ensureMigrationsTable(kysely, strategy);
  await systemTablesMigration.up(kysely, { strategy });
  await kysely.destroy();
  return statements;
}

describe.each(['mssql', 'pg', 'mysql', 'sqlite'] as const)('compiled install migration for %s', (client) => {
  it('matches the committed SQL snapshot', async () => {
    const statements = await compileMigration(client);
    expect(`${statements.join(';\n')};\n`).toMatchSnapshot();
  });

  it('creates every system table once, with its foreign keys', async () => {
    const statements = await compileMigration(client);
    const creates = statements.filter((statement) => statement.startsWith('create table'));
    // directus_migrations up front, then the other 28 tables by the migration itself.
    expect(creates).toHaveLength(29);
    expect(new Set(creates.map((statement) => statement.split(' ')[2])).size).toBe(29);
    // 47 foreign keys in a Directus 11.1x PostgreSQL dump.
    const foreignKeys = statements.join('\n').match(/constraint \S+ foreign key/g) ?? [];
    expect(foreignKeys).toHaveLength(47);
  });
});

describe('engine-specific DDL', () => {
  it('uses uniqueidentifier, nvarchar(max), bit and filtered unique indexes on MS SQL', async () => {
    const ddl = (await compileMigration('mssql')).join('\n');
    expect(ddl).toContain('"id" uniqueidentifier not null');
    expect(ddl).toContain('"tags" nvarchar(max)');
    expect(ddl).toContain('"hidden" bit default 0 not null');
    expect(ddl).toContain(
      'create unique index "directus_users_token_unique" on "directus_users" ("token") where "token" is not null',
    );
  });

  it('uses uuid, serial and timestamptz on PostgreSQL', async () => {
    const ddl = (await compileMigration('pg')).join('\n');
    expect(ddl).toContain('"id" serial primary key');
    expect(ddl).toContain('"id" uuid not null');
    expect(ddl).toContain('"timestamp" timestamptz default CURRENT_TIMESTAMP not null');
  });

  it('uses char(36), unsigned auto-increment keys and explicit NULL timestamps on MySQL', async () => {
    const ddl = (await compileMigration('mysql')).join('\n');
    expect(ddl).toContain('`id` char(36) not null');
    expect(ddl).toContain('`id` integer unsigned primary key auto_increment');
    expect(ddl).toContain('`last_access` timestamp null');
  });

  it('stores uuid as char(36) and json as text on SQLite', async () => {
    const ddl = (await compileMigration('sqlite')).join('\n');
    expect(ddl).toContain('"id" char(36) not null');
    expect(ddl).toContain('"tags" text');
    expect(ddl).toContain('"id" integer primary key autoincrement');
  });
});
