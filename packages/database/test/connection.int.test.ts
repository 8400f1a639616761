import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseClient } from '@plinth/types';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkConnection,
  createDatabase,
  DatabaseUnavailableError,
  pingDatabase,
  type QueryLogEvent,
  withTransaction,
} from '../src/index.js';
import { listTestEngines, type TestDatabase, warnSkipped } from './helpers/test-databases.js';

/** A port nothing listens on: bind an ephemeral one, then let it go. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

const labels: Record<Exclude<DatabaseClient, 'sqlite'>, string> = {
  pg: 'PostgreSQL',
  mysql: 'MySQL/MariaDB',
  mssql: 'MS SQL',
};

describe.each(['pg', 'mysql', 'mssql'] as const)('checkConnection against a closed port (%s)', (client) => {
  it('retries the given number of times, then fails with one credential-free line', async () => {
    const port = await closedPort();
    const password = 'hunter2-very-secret';
    const db = createDatabase({ client, host: '127.0.0.1', port, user: 'plinth', password, database: 'x' });
    const retries: Array<[number, string]> = [];
    const started = Date.now();
    const failure = await checkConnection(db, {
      retries: 2,
      delayMs: 10,
      onRetry: (attempt, error) => retries.push([attempt, error.constructor.name]),
    }).catch((error: unknown) => error);
    await db.destroy();

    expect(failure).toBeInstanceOf(DatabaseUnavailableError);
    const message = (failure as Error).message;
    expect(message).toMatch(
      new RegExp(
        `^Could not connect to ${labels[client]} at 127\\.0\\.0\\.1:${port} \\(\\w+\\) after 3 tries\\. Check DB_HOST/DB_PORT`,
      ),
    );
    expect(message).not.toContain('\n');
    expect(message).not.toContain(password);
    expect(retries.map(([attempt]) => attempt)).toEqual([1, 2]);
    expect((failure as DatabaseUnavailableError).details.attempts).toBe(3);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('SQLite connection', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'plinth-conn-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates the parent directory and sets WAL, busy timeout and foreign keys', async () => {
    const filename = join(dir, 'a', 'b', 'plinth.db');
    const db = createDatabase({ client: 'sqlite', filename });
    await checkConnection(db, { retries: 0 });
    expect(existsSync(filename)).toBe(true);
    const pragma = async (name: string) =>
      Object.values((await sql.raw(`pragma ${name}`).execute(db.kysely)).rows[0] as object)[0];
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('busy_timeout')).toBe(5000);
    expect(await pragma('foreign_keys')).toBe(1);
    expect(db.target).toBe(filename);
    await db.destroy();
  });

  it('reports latency, logs statements and rolls back a failed transaction', async () => {
    const events: QueryLogEvent[] = [];
    const db = createDatabase(
      { client: 'sqlite', filename: ':memory:' },
      { log: (event) => events.push(event) },
    );
    expect(await pingDatabase(db)).toBeGreaterThanOrEqual(0);
    expect(events.at(-1)?.sql).toBe('select 1');
    expect(typeof events.at(-1)?.durationMs).toBe('number');

    await sql`create table notes (body text not null)`.execute(db.kysely);
    const failed = withTransaction(db, async (trx) => {
      await trx.insertInto('notes').values({ body: 'kept?' }).execute();
      throw new Error('boom');
    });
    await expect(failed).rejects.toThrow('boom');
    const committed = await withTransaction(db, async (trx) => {
      await trx.insertInto('notes').values({ body: 'kept' }).execute();
      return 'done';
    });
    expect(committed).toBe('done');
    expect(await db.kysely.selectFrom('notes').select('body').execute()).toEqual([{ body: 'kept' }]);
    await db.destroy();
  });
});

const engines = listTestEngines().filter((engine) => engine.name !== 'sqlite');
for (const engine of engines) {
  warnSkipped(engine, 'live connection tests');

  describe.skipIf(!engine.url)(`live ${engine.name} connection`, () => {
    let testDatabase: TestDatabase;
    beforeAll(async () => {
      testDatabase = await engine.create();
    });
    afterAll(async () => {
      await testDatabase?.drop();
    });

    it('connects, pings and runs sessions the way Plinth expects', async () => {
      const db = createDatabase(testDatabase.config);
      await checkConnection(db, { retries: 0 });
      expect(await pingDatabase(db)).toBeGreaterThan(0);
      if (engine.name === 'mysql') {
        const zone = await sql<{ zone: string }>`select @@session.time_zone as zone`.execute(db.kysely);
        expect(zone.rows[0]?.zone).toBe('+00:00');
        const charset = await sql<{ charset: string }>`select @@character_set_client as charset`.execute(
          db.kysely,
        );
        expect(charset.rows[0]?.charset).toBe('utf8mb4');
      }
      await db.destroy();
    });

    it.runIf(engine.name === 'pg')('sets the configured search path on every connection', async () => {
      const setup = createDatabase(testDatabase.config);
      await sql`create schema plinth_app`.execute(setup.kysely);
      await setup.destroy();
      const db = createDatabase({ ...testDatabase.config, searchPath: ['plinth_app', 'public'] });
      const result = await sql<{ schema: string }>`select current_schema() as schema`.execute(db.kysely);
      expect(result.rows[0]?.schema).toBe('plinth_app');
      await db.destroy();
    });
  });
}
