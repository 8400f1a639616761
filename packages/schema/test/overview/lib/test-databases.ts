import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDatabase, type PlinthDatabase } from '@plinth/database';
import { sql } from 'kysely';

/** An engine the overview integration tests run on; `url` is undefined when its env var is not set. */
export interface OverviewTestEngine {
  client: 'sqlite' | 'pg' | 'mysql';
  envVar: string | null;
  url: string | undefined;
}

/** SQLite always; PostgreSQL and MySQL/MariaDB when TEST_PG_URL / TEST_MYSQL_URL are set. */
export function overviewTestEngines(): OverviewTestEngine[] {
  const engines: OverviewTestEngine[] = [
    { client: 'sqlite', envVar: null, url: 'sqlite' },
    { client: 'pg', envVar: 'TEST_PG_URL', url: process.env['TEST_PG_URL'] },
    { client: 'mysql', envVar: 'TEST_MYSQL_URL', url: process.env['TEST_MYSQL_URL'] },
  ];
  for (const engine of engines) {
    if (!engine.url)
      console.warn(`[@plinth/schema overview] ${engine.client} skipped: ${engine.envVar} is not set.`);
  }
  return engines;
}

/** A uniquely named database (or temporary SQLite file), and how to drop it. */
export async function createOverviewTestDatabase(
  engine: OverviewTestEngine,
): Promise<{ db: PlinthDatabase; drop(): Promise<void> }> {
  if (engine.client === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), 'plinth-overview-'));
    const db = createDatabase({ client: 'sqlite', filename: join(dir, 'overview.db') });
    return {
      db,
      async drop() {
        await db.destroy();
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `plinth_overview_${randomBytes(6).toString('hex')}`;
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
      // Connections may close a moment after destroy(): retry the drop instead of killing sessions.
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
