import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { createDatabase, type PlinthDatabase } from '@plinth/database';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../src/create-test-database.js';
import { listTestEngines, type TestEngine } from '../src/list-test-engines.js';
import { warnSkipped } from '../src/warn-skipped.js';

async function currentName(database: PlinthDatabase): Promise<string> {
  const query =
    database.client === 'pg' ? sql`select current_database() as name` : sql`select database() as name`;
  const result = await query.execute(database.kysely);
  return String((result.rows[0] as { name: string }).name);
}

/** Whether the server still has a database of that name, asked over a connection of its own. */
async function serverHas(engine: TestEngine, name: string): Promise<boolean> {
  const client = engine.client === 'pg' ? 'pg' : 'mysql';
  const admin = createDatabase({ client, connectionString: engine.url!, pool: { min: 0, max: 1 } });
  try {
    const query =
      client === 'pg'
        ? sql`select datname from pg_database where datname = ${name}`
        : sql`select schema_name from information_schema.schemata where schema_name = ${name}`;
    return (await query.execute(admin.kysely)).rows.length > 0;
  } finally {
    await admin.destroy();
  }
}

/** Where the database lives: the SQLite file's folder, or the database's name on the server. */
async function locate(engine: TestEngine, database: PlinthDatabase): Promise<string> {
  return engine.client === 'sqlite' ? dirname(database.target) : currentName(database);
}

async function stillThere(engine: TestEngine, location: string): Promise<boolean> {
  return engine.client === 'sqlite' ? existsSync(location) : serverHas(engine, location);
}

for (const engine of listTestEngines()) {
  warnSkipped(engine, 'createTestDatabase tests', '@plinth/test-kit');

  describe.skipIf(!engine.url)(`createTestDatabase on ${engine.client}`, () => {
    it('opens a new, empty, writable database named after the prefix, and drops it', async () => {
      const test = await createTestDatabase(engine, { prefix: 'plinth_kit' });
      const location = await locate(engine, test.database);
      try {
        if (engine.client === 'sqlite') expect(location).toMatch(/[/\\]plinth_kit-[^/\\]+$/);
        else expect(location).toMatch(/^plinth_kit_[0-9a-f]{12}$/);
        expect(test.database.client).toBe(engine.client);
        await sql`create table notes (body varchar(20))`.execute(test.database.kysely);
        await test.database.kysely.insertInto('notes').values({ body: 'kept' }).execute();
        expect(await test.database.kysely.selectFrom('notes').select('body').execute()).toEqual([
          { body: 'kept' },
        ]);
        expect(await stillThere(engine, location)).toBe(true);
      } finally {
        await test.drop();
      }
      expect(await stillThere(engine, location)).toBe(false);
      // An afterAll may drop what a test already dropped.
      await expect(test.drop()).resolves.toBeUndefined();
    });

    it('gives every call a database of its own', async () => {
      const first = await createTestDatabase(engine, { prefix: 'plinth_kit' });
      const second = await createTestDatabase(engine, { prefix: 'plinth_kit' });
      try {
        expect(await locate(engine, first.database)).not.toBe(await locate(engine, second.database));
        await sql`create table only_in_first (id integer)`.execute(first.database.kysely);
        await expect(sql`select * from only_in_first`.execute(second.database.kysely)).rejects.toThrow();
      } finally {
        await Promise.all([first.drop(), second.drop()]);
      }
    });

    it('hands the log option to the test database', async () => {
      const statements: string[] = [];
      const test = await createTestDatabase(engine, {
        prefix: 'plinth_kit',
        log: (event) => statements.push(event.sql),
      });
      try {
        await sql`select 42 as answer`.execute(test.database.kysely);
        expect(statements).toEqual(['select 42 as answer']);
      } finally {
        await test.drop();
      }
    });
  });
}
