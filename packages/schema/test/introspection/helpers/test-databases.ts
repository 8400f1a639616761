import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDatabase } from '@plinth/database';
import type { DatabaseConfig } from '@plinth/types';
import { type Kysely, sql } from 'kysely';

/** A database created for one test file, and how to throw it away. */
export interface TestDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

/** One engine the integration tests can run on. */
export interface TestEngine {
  name: 'sqlite' | 'pg' | 'mysql';
  /** The env var that enables it, or `null` for SQLite, which always runs. */
  envVar: string | null;
  url: string | undefined;
  create(): Promise<TestDatabase>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A pool's sessions may linger a moment after `destroy()`: retry the drop instead of killing them. */
async function dropWhenReleased(admin: Kysely<any>, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await sql`drop database if exists ${sql.id(name)}`.execute(admin);
      return;
    } catch (error) {
      if (attempt >= 50) throw error;
      await sleep(100);
    }
  }
}

async function createServerDatabase(client: 'pg' | 'mysql', url: string): Promise<TestDatabase> {
  const name = `plinth_schema_${randomBytes(6).toString('hex')}`;
  const admin = createDatabase({ client, connectionString: url, pool: { min: 0, max: 1 } });
  await sql`create database ${sql.id(name)}`.execute(admin.kysely);
  return {
    config: { client, connectionString: withDatabase(url, name), pool: { min: 0, max: 5 } },
    async drop() {
      await dropWhenReleased(admin.kysely, name);
      await admin.destroy();
    },
  };
}

/** SQLite always; PostgreSQL and MariaDB/MySQL when TEST_PG_URL / TEST_MYSQL_URL are set. */
export function listTestEngines(): TestEngine[] {
  const pgUrl = process.env['TEST_PG_URL'];
  const mysqlUrl = process.env['TEST_MYSQL_URL'];
  return [
    {
      name: 'sqlite',
      envVar: null,
      url: 'file',
      async create() {
        const dir = await mkdtemp(join(tmpdir(), 'plinth-schema-'));
        return {
          config: { client: 'sqlite', filename: join(dir, 'schema.db') },
          drop: () => rm(dir, { recursive: true, force: true }),
        };
      },
    },
    { name: 'pg', envVar: 'TEST_PG_URL', url: pgUrl, create: () => createServerDatabase('pg', pgUrl!) },
    {
      name: 'mysql',
      envVar: 'TEST_MYSQL_URL',
      url: mysqlUrl,
      create: () => createServerDatabase('mysql', mysqlUrl!),
    },
  ];
}

/** Says out loud which engines a test file skips. */
export function warnSkipped(engine: TestEngine, what: string): void {
  if (!engine.url)
    console.warn(`[@plinth/schema] ${what} skipped on ${engine.name}: ${engine.envVar} is not set.`);
}
