import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDatabase, type PlinthDatabase } from '@plinth/database';
import { sql } from 'kysely';

/** One engine the DDL integration tests run on. */
export interface TestEngine {
  client: 'sqlite' | 'pg' | 'mysql';
  envVar: string | null;
  url: string | undefined;
}

/** A database made for one test file. */
export interface TestDatabase {
  db: PlinthDatabase;
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
    console.warn(`[@plinth/schema] ${what} skipped on ${engine.client}: ${engine.envVar} is not set.`);
}

/** Creates `plinth_ddl_<random>` (or a temporary SQLite file) and opens it. */
export async function createTestDatabase(engine: TestEngine): Promise<TestDatabase> {
  if (engine.client === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), 'plinth-ddl-'));
    const db = createDatabase({ client: 'sqlite', filename: join(dir, 'ddl.db') });
    return {
      db,
      async drop() {
        await db.destroy();
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `plinth_ddl_${randomBytes(6).toString('hex')}`;
  const admin = createDatabase({
    client: engine.client,
    connectionString: engine.url!,
    pool: { min: 0, max: 1 },
  });
  await sql`create database ${sql.id(name)}`.execute(admin.kysely);
  const url = new URL(engine.url!);
  url.pathname = `/${name}`;
  const db = createDatabase({
    client: engine.client,
    connectionString: url.toString(),
    pool: { min: 0, max: 2 },
  });
  return {
    db,
    async drop() {
      await db.destroy();
      // The pool's sockets may linger a moment after destroy(); retry rather than kill sessions.
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
