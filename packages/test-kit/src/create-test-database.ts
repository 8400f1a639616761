import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CreateDatabaseOptions, createDatabase, type PlinthDatabase } from '@plinth/database';
import { sql } from 'kysely';
import { assertPrefix } from './lib/assert-prefix.js';
import { dropWhenReleased } from './lib/drop-when-released.js';
import type { TestEngine } from './list-test-engines.js';

/** A database made for one test file (or one test), and the way to throw it away. */
export interface TestDatabase {
  /** Open on the new, empty database. */
  database: PlinthDatabase;
  /** Closes `database` and deletes the database (or the SQLite file). Safe to call more than once. */
  drop(): Promise<void>;
}

/** Options for {@link createTestDatabase}; `log` is handed to the test database's `createDatabase`. */
export interface CreateTestDatabaseOptions extends CreateDatabaseOptions {
  /**
   * Names what made the database, so one left behind by a killed run can be traced:
   * `<prefix>_<12 hex>` on a server, a `<prefix>-` temporary folder for SQLite.
   */
  prefix: string;
  /** The most connections the test database's pool opens on a server. @default 4 */
  maxConnections?: number;
}

async function createSqliteDatabase(prefix: string, options: CreateDatabaseOptions): Promise<TestDatabase> {
  const dir = await mkdtemp(join(tmpdir(), `${prefix}-`));
  const database = createDatabase({ client: 'sqlite', filename: join(dir, 'test.db') }, options);
  return {
    database,
    async drop() {
      await database.destroy();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function createServerDatabase(
  client: 'pg' | 'mysql',
  url: string,
  prefix: string,
  maxConnections: number,
  options: CreateDatabaseOptions,
): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = createDatabase({ client, connectionString: url, pool: { min: 0, max: 1 } });
  try {
    await sql`create database ${sql.id(name)}`.execute(admin.kysely);
  } catch (error) {
    await admin.destroy();
    throw error;
  }
  const database = createDatabase(
    { client, connectionString: withDatabase(url, name), pool: { min: 0, max: maxConnections } },
    options,
  );
  return {
    database,
    async drop() {
      await database.destroy();
      try {
        await dropWhenReleased(admin.kysely, name);
      } finally {
        await admin.destroy();
      }
    },
  };
}

/** Runs `drop` once, however often the result is called: an `afterAll` may repeat a test's own drop. */
function once(drop: () => Promise<void>): () => Promise<void> {
  let dropping: Promise<void> | undefined;
  return () => {
    dropping ??= drop();
    return dropping;
  };
}

/**
 * Creates a fresh, empty database on `engine` and opens it: a file in a new temporary folder for
 * SQLite, `<prefix>_<random>` on the PostgreSQL or MariaDB/MySQL server at `engine.url`.
 *
 * @throws TypeError when `prefix` is not a short lower-case identifier, or a server engine has no URL.
 */
export async function createTestDatabase(
  engine: Pick<TestEngine, 'client' | 'url'>,
  options: CreateTestDatabaseOptions,
): Promise<TestDatabase> {
  const { prefix, maxConnections = 4, ...databaseOptions } = options;
  assertPrefix(prefix);
  const created =
    engine.client === 'sqlite'
      ? await createSqliteDatabase(prefix, databaseOptions)
      : await createServerDatabase(
          engine.client,
          requireUrl(engine),
          prefix,
          maxConnections,
          databaseOptions,
        );
  return { database: created.database, drop: once(created.drop) };
}

function requireUrl(engine: Pick<TestEngine, 'client' | 'url'>): string {
  if (!engine.url)
    throw new TypeError(
      `No server URL for ${engine.client}: skip these tests when its TEST_* variable is not set.`,
    );
  return engine.url;
}
