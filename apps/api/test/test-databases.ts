import { randomBytes } from 'node:crypto';
import { createDatabase, type PlinthDatabase } from '@plinth/database';
import { sql } from 'kysely';
import { afterAll } from 'vitest';

type OpenDatabase = () => Promise<PlinthDatabase>;

const engines = [
  { label: 'PostgreSQL', variable: 'TEST_PG_URL', client: 'pg' },
  { label: 'MariaDB', variable: 'TEST_MYSQL_URL', client: 'mysql' },
] as const;

/**
 * Runs `suite` once per engine: SQLite always, PostgreSQL and MariaDB when their TEST_*_URL is
 * set (and says so when it is not). Each opened database is a fresh one, dropped after the file.
 */
export function forEachTestDatabase(suite: (label: string, open: OpenDatabase) => void): void {
  suite('SQLite', async () => createDatabase({ client: 'sqlite', filename: ':memory:' }));
  for (const engine of engines) {
    const url = process.env[engine.variable];
    if (!url) {
      console.warn(`[skipped] ${engine.label} cases: set ${engine.variable} to run them.`);
      continue;
    }
    const created: string[] = [];
    const server = createDatabase({ client: engine.client, connectionString: url });
    afterAll(async () => {
      const force = engine.client === 'pg' ? ' with (force)' : '';
      for (const name of created)
        await sql.raw(`drop database if exists ${name}${force}`).execute(server.kysely);
      await server.destroy();
    });
    suite(engine.label, async () => {
      const name = `plinth_api_${randomBytes(5).toString('hex')}`;
      await sql.raw(`create database ${name}`).execute(server.kysely);
      created.push(name);
      const target = new URL(url);
      target.pathname = `/${name}`;
      return createDatabase({ client: engine.client, connectionString: target.toString() });
    });
  }
}
