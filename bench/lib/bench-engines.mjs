// The databases a benchmark runs on: a SQLite file in a temporary folder always, and a throw-away
// PostgreSQL database when BENCH_PG_URL (or TEST_PG_URL) is set. Both are removed afterwards.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase } from '../../packages/database/dist/index.js';

const { sql } = createRequire(new URL('../../packages/server/package.json', import.meta.url))('kysely');

/**
 * Calls `run({ label, database, statements })` on each engine in turn. With `logStatements`,
 * `statements` collects the SQL of every statement run (for counting them); otherwise it stays empty.
 */
export async function forEachBenchEngine({ prefix, logStatements = false }, run) {
  const connect = (config) => {
    const statements = [];
    const log = logStatements ? { log: (event) => statements.push(event.sql) } : {};
    return { database: createDatabase(config, log), statements };
  };

  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  try {
    const { database, statements } = connect({ client: 'sqlite', filename: join(dir, 'bench.db') });
    try {
      await run({ label: 'SQLite', database, statements });
    } finally {
      await database.destroy();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const pgUrl = process.env.BENCH_PG_URL ?? process.env.TEST_PG_URL;
  if (!pgUrl) {
    console.log('\nPostgreSQL skipped: set BENCH_PG_URL or TEST_PG_URL.');
    return;
  }
  const name = `plinth_bench_${randomBytes(6).toString('hex')}`;
  const admin = createDatabase({ client: 'pg', connectionString: pgUrl, pool: { min: 0, max: 1 } });
  await sql`create database ${sql.id(name)}`.execute(admin.kysely);
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  const { database, statements } = connect({
    client: 'pg',
    connectionString: url.toString(),
    pool: { min: 0, max: 10 },
  });
  try {
    await run({ label: 'PostgreSQL', database, statements });
  } finally {
    await database.destroy();
    await sql`drop database ${sql.id(name)}`.execute(admin.kysely);
    await admin.destroy();
  }
}
