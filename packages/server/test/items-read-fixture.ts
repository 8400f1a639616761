import type { PlinthDatabase } from '@plinth/database';
import { createTestDatabase, type TestDatabase, type TestEngine } from '@plinth/test-kit';
import { type Api, buildReferenceModel, createApi, createSdk } from './data-model-fixture.js';
import { createTestServer, insertAdminWithToken, type TestServer } from './helpers.js';

export const ANN = '6f1c2a3e-1b2c-4d5e-8f90-0123456789ab';
export const BOB = '7a2d3b4f-2c3d-4e5f-9a01-123456789abc';

/**
 * Rows for the reference model: three articles (two published, one without author), comments,
 * tags through the junction, a page with one heading and one text block. The singleton stays empty.
 */
export async function seedReferenceRows(database: PlinthDatabase): Promise<void> {
  const db = database.kysely;
  await db
    .insertInto('authors')
    .values([
      { id: ANN, name: 'Ann' },
      { id: BOB, name: 'Bob' },
    ])
    .execute();
  await db
    .insertInto('articles')
    .values([
      { id: 1, title: 'Alpha', slug: 'alpha', status: 'published', author: ANN },
      { id: 2, title: 'Beta', slug: 'beta', status: 'draft', author: BOB },
      { id: 3, title: 'Gamma', slug: 'gamma', status: 'published', author: null },
    ])
    .execute();
  await db
    .insertInto('comments')
    .values([
      { id: 1, body: 'first', article: 1 },
      { id: 2, body: 'second', article: 1 },
      { id: 3, body: 'third', article: 2 },
    ])
    .execute();
  await db
    .insertInto('tags')
    .values([
      { id: 1, name: 'news' },
      { id: 2, name: 'tech' },
    ])
    .execute();
  await db
    .insertInto('articles_tags')
    .values([
      { id: 1, articles_id: 1, tags_id: 1 },
      { id: 2, articles_id: 1, tags_id: 2 },
      { id: 3, articles_id: 2, tags_id: 2 },
    ])
    .execute();
  await db.insertInto('pages').values({ id: 1, title: 'Home' }).execute();
  await db.insertInto('headings').values({ id: 1, title: 'Welcome' }).execute();
  await db.insertInto('texts').values({ id: 1, body: 'Body text' }).execute();
  await db
    .insertInto('pages_blocks')
    .values([
      { id: 1, pages_id: 1, item: '1', collection: 'headings' },
      { id: 2, pages_id: 1, item: '1', collection: 'texts' },
    ])
    .execute();
}

/** A server on its own database with the reference model and rows, and the statements it ran. */
export interface ItemsReadSetup {
  testDb: TestDatabase;
  server: TestServer;
  api: Api;
  sdk: ReturnType<typeof createSdk>;
  /** The admin's static token, for requests `api` cannot make (raw bodies, headers). */
  token: string;
  /** Every SQL statement the database ran, in order; tests slice it around a request. */
  statements: string[];
  close(): Promise<void>;
}

/** Builds the reference model through the API on `engine`, then inserts the rows with Kysely. */
export async function createItemsReadSetup(
  engine: TestEngine,
  settings: Record<string, string> = {},
): Promise<ItemsReadSetup> {
  const statements: string[] = [];
  const testDb = await createTestDatabase(engine, {
    prefix: 'plinth_items_read',
    log: (event) => statements.push(event.sql),
  });
  const server = await createTestServer(settings, {}, { database: testDb.database });
  const token = await insertAdminWithToken(server.database);
  const api = createApi(server.app, token);
  const sdk = createSdk(server.app, token);
  await buildReferenceModel(api, sdk);
  await seedReferenceRows(server.database);
  return {
    testDb,
    server,
    api,
    sdk,
    token,
    statements,
    async close() {
      await server.close();
      await testDb.drop();
    },
  };
}

/** Statements run on a user table (not `directus_*`, so authentication and schema reads drop out). */
export function statementsOn(statements: readonly string[], table: string): string[] {
  return statements.filter((sql) => sql.includes(table) && !/directus_/.test(sql));
}
