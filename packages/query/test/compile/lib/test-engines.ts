import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type CreateDatabaseOptions, createDatabase, type PlinthDatabase } from '@plinth/database';
import { sql } from 'kysely';

/** An engine the read tests run on; `url` is undefined when its env var is not set. */
export interface TestEngine {
  client: 'sqlite' | 'pg' | 'mysql';
  url: string | undefined;
}

/** SQLite always; PostgreSQL and MySQL/MariaDB when TEST_PG_URL / TEST_MYSQL_URL are set. */
export function testEngines(label: string): TestEngine[] {
  const engines: TestEngine[] = [
    { client: 'sqlite', url: 'sqlite' },
    { client: 'pg', url: process.env['TEST_PG_URL'] },
    { client: 'mysql', url: process.env['TEST_MYSQL_URL'] },
  ];
  for (const engine of engines) {
    if (!engine.url) {
      const envVar = engine.client === 'pg' ? 'TEST_PG_URL' : 'TEST_MYSQL_URL';
      console.warn(`[@plinth/query ${label}] ${engine.client} skipped: ${envVar} is not set.`);
    }
  }
  return engines;
}

/** A uniquely named database (or temporary SQLite file), and how to drop it. */
export async function createTestDatabase(
  engine: TestEngine,
  options: CreateDatabaseOptions = {},
): Promise<{ db: PlinthDatabase; drop(): Promise<void> }> {
  if (engine.client === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), 'plinth-query-'));
    const db = createDatabase({ client: 'sqlite', filename: join(dir, 'read.db') }, options);
    return {
      db,
      async drop() {
        await db.destroy();
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `plinth_query_${randomBytes(6).toString('hex')}`;
  const url = engine.url ?? '';
  const admin = createDatabase({ client: engine.client, connectionString: url, pool: { min: 0, max: 1 } });
  await sql`create database ${sql.id(name)}`.execute(admin.kysely);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db = createDatabase(
    { client: engine.client, connectionString: target.toString(), pool: { min: 0, max: 2 } },
    options,
  );
  return {
    db,
    async drop() {
      await db.destroy();
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
