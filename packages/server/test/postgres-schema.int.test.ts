import { randomBytes } from 'node:crypto';
import { createDatabase, type PlinthDatabase } from '@plinth/database';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, createApi } from './data-model-fixture.js';
import { createTestServer, insertAdminWithToken, type TestServer } from './helpers.js';

const url = process.env.TEST_PG_URL;
if (!url) console.warn('[@plinth/server] PostgreSQL schema tests skipped: TEST_PG_URL is not set.');

describe.skipIf(!url)('serving a PostgreSQL schema other than public', () => {
  const schema = `plinth_app_${randomBytes(4).toString('hex')}`;
  let admin: PlinthDatabase;
  let database: PlinthDatabase;
  let server: TestServer;
  let api: Api;

  beforeAll(async () => {
    admin = createDatabase({ client: 'pg', connectionString: url! });
    await sql`create schema ${sql.id(schema)}`.execute(admin.kysely);
    await sql`create table public.${sql.id(`${schema}_outside`)} (id integer primary key)`.execute(
      admin.kysely,
    );
    database = createDatabase({ client: 'pg', connectionString: url!, searchPath: [schema] });
    server = await createTestServer({ DB_SEARCH_PATH: schema }, {}, { database });
    api = createApi(server.app, await insertAdminWithToken(server.database));
  });
  afterAll(async () => {
    await server?.close();
    await database?.destroy();
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin.kysely);
    await sql`drop table if exists public.${sql.id(`${schema}_outside`)}`.execute(admin.kysely);
    await admin.destroy();
  });

  it('keeps the system tables and new collections in that schema, and sees nothing of public', async () => {
    expect((await api('POST', '/collections', { collection: 'notes', schema: {}, meta: {} })).status).toBe(
      200,
    );
    const tables = await sql<{ table_schema: string; table_name: string }>`
      select table_schema, table_name from information_schema.tables
      where table_name in ('notes', 'directus_users')`.execute(admin.kysely);
    expect(tables.rows.map((row) => row.table_schema)).toEqual([schema, schema]);
    const names = (await api('GET', '/collections')).body.data.map(
      (entry: { collection: string }) => entry.collection,
    );
    expect(names).toContain('notes');
    expect(names).not.toContain(`${schema}_outside`);
    expect((await api('GET', '/collections/notes')).body.data.schema).toMatchObject({
      name: 'notes',
      schema,
    });
  });
});
