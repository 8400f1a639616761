import { createDatabase, migrateToLatest, type PlinthDatabase } from '@plinth/database';
import { loadEnv } from '@plinth/env';
import type { FastifyInstance } from 'fastify';
import { createServer } from '../src/create-server.js';
import type { CreateServerOptions } from '../src/server-options.js';

/** A server on a migrated in-memory SQLite database, and a way to tear both down. */
export interface TestServer {
  app: FastifyInstance;
  database: PlinthDatabase;
  close(): Promise<void>;
}

/** Options of {@link createTestServer}. */
export interface TestServerOptions {
  /**
   * A database the test file made (and drops) itself; it is migrated here and left open on close.
   * @default a fresh in-memory SQLite database, closed with the server
   */
  database?: PlinthDatabase;
}

/** Builds a server the way `plinth start` does, with settings given as environment strings. */
export async function createTestServer(
  settings: Record<string, string> = {},
  extra: Partial<CreateServerOptions> = {},
  options: TestServerOptions = {},
): Promise<TestServer> {
  const env = loadEnv({ env: { LOG_LEVEL: 'silent', ...settings } });
  const database = options.database ?? createDatabase({ client: 'sqlite', filename: ':memory:' });
  await migrateToLatest(database);
  const app = await createServer({ env, database, version: '1.2.3', logger: false, ...extra });
  return {
    app,
    database,
    async close() {
      await app.close();
      if (!options.database) await database.destroy();
    },
  };
}

/** Inserts an active admin with a static token, the way bootstrap does, and returns the token. */
export async function insertAdminWithToken(
  database: PlinthDatabase,
  token = 'admin-static-token',
): Promise<string> {
  const db = database.kysely;
  await db
    .insertInto('directus_roles')
    .values({ id: '00000000-0000-4000-8000-000000000001', name: 'Administrator' })
    .execute();
  await db
    .insertInto('directus_policies')
    .values({
      id: '00000000-0000-4000-8000-000000000002',
      name: 'Administrator',
      admin_access: true,
      app_access: true,
    })
    .execute();
  await db
    .insertInto('directus_access')
    .values({
      id: '00000000-0000-4000-8000-000000000003',
      role: '00000000-0000-4000-8000-000000000001',
      policy: '00000000-0000-4000-8000-000000000002',
    })
    .execute();
  await db
    .insertInto('directus_users')
    .values({
      id: '00000000-0000-4000-8000-000000000004',
      email: 'admin@example.com',
      role: '00000000-0000-4000-8000-000000000001',
      status: 'active',
      token,
    })
    .execute();
  return token;
}
