import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDatabase, type PlinthDatabase } from '@plinth/database';
import { sql } from 'kysely';

/** One engine an integration test file runs on. */
export interface TestEngine {
  client: 'sqlite' | 'pg' | 'mysql';
  envVar: string | null;
  url: string | undefined;
}

/** A database made for one test file, and the way to drop it. */
export interface TestDatabase {
  database: PlinthDatabase;
  drop(): Promise<void>;
}

/** SQLite always; PostgreSQL and MariaDB/MySQL when TEST_PG_URL / TEST_MYSQL_URL are set. */
export function listTestEngines(): TestEngine[] {
  return [
    { client: 'sqlite', envVar: null, url: 'file' },
    { client: 'pg', envVar: 'TEST_PG_URL', url: process.env['TEST_PG_URL'] },
    { client: 'mysql', envVar: 'TEST_MYSQL_URL', url: process.env['TEST_MYSQL_URL'] },
  ];
}

/** Says out loud what a file skips. */
export function warnSkipped(engine: TestEngine, what: string): void {
  if (!engine.url)
    console.warn(`[@plinth/server] ${what} skipped on ${engine.client}: ${engine.envVar} is not set.`);
}

async function createSqliteDatabase(): Promise<TestDatabase> {
  const dir = await mkdtemp(join(tmpdir(), 'plinth-server-'));
  const database = createDatabase({ client: 'sqlite', filename: join(dir, 'test.db') });
  return {
    database,
    async drop() {
      await database.destroy();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Creates `plinth_srv_<random>` on the engine's server (or a temporary SQLite file) and opens it. */
export async function createTestDatabase(engine: TestEngine): Promise<TestDatabase> {
  if (engine.client === 'sqlite') return createSqliteDatabase();
  const name = `plinth_srv_${randomBytes(6).toString('hex')}`;
  const admin = createDatabase({
    client: engine.client,
    connectionString: engine.url!,
    pool: { min: 0, max: 1 },
  });
  await sql`create database ${sql.id(name)}`.execute(admin.kysely);
  const url = new URL(engine.url!);
  url.pathname = `/${name}`;
  const database = createDatabase({
    client: engine.client,
    connectionString: url.toString(),
    pool: { min: 0, max: 4 },
  });
  return {
    database,
    async drop() {
      await database.destroy();
      // Sockets may linger a moment after destroy(); retry rather than kill sessions.
      for (let attempt = 1; ; attempt++) {
        try {
          await sql`drop database if exists ${sql.id(name)}`.execute(admin.kysely);
          break;
        } catch (error) {
          if (attempt >= 50) throw error;
          await sleep(100);
        }
      }
      await admin.destroy();
    },
  };
}
