import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBindingDatabase } from '../src/dialects/sqlite/create-binding-database.js';
import { createDatabase, type PlinthDatabase } from '../src/index.js';

describe('SQLite statement reuse', () => {
  let dir: string;
  let database: PlinthDatabase;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'plinth-statements-'));
    database = createDatabase({ client: 'sqlite', filename: join(dir, 'data.db') });
  });

  afterEach(async () => {
    await database.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('hands back the same prepared statement for the same SQL', () => {
    const client = createBindingDatabase(new BetterSqlite3(':memory:'));
    expect(client.prepare('select 1 as one')).toBe(client.prepare('select 1 as one'));
    expect(client.prepare('select 2 as two')).not.toBe(client.prepare('select 1 as one'));
  });

  it('prepares a fresh statement while the cached one is still iterating', () => {
    const client = createBindingDatabase(new BetterSqlite3(':memory:'));
    client.exec('create table numbers (n integer); insert into numbers values (1), (2), (3)');
    const outer = client.prepare('select n from numbers order by n');
    const seen: number[] = [];
    for (const row of outer.iterate() as Iterable<{ n: number }>) {
      const inner = client.prepare('select n from numbers order by n');
      expect(inner).not.toBe(outer);
      seen.push(row.n, (inner.all() as Array<{ n: number }>).length);
    }
    expect(seen).toEqual([1, 3, 2, 3, 3, 3]);
  });

  it('keeps answering right after the table under a cached statement changes shape', async () => {
    await sql`create table things (id integer primary key, name text)`.execute(database.kysely);
    await sql`insert into things (name) values (${'first'})`.execute(database.kysely);
    const read = () => sql<Record<string, unknown>>`select * from things`.execute(database.kysely);
    expect((await read()).rows).toEqual([{ id: 1, name: 'first' }]);
    await sql`alter table things add column size integer default 7`.execute(database.kysely);
    expect((await read()).rows).toEqual([{ id: 1, name: 'first', size: 7 }]);
  });

  it('still binds booleans and dates on a reused statement', async () => {
    await sql`create table flags (on_off integer, at text)`.execute(database.kysely);
    const at = new Date('2026-01-02T03:04:05.678Z');
    for (const value of [true, false]) {
      await sql`insert into flags (on_off, at) values (${value}, ${at})`.execute(database.kysely);
    }
    const { rows } = await sql`select on_off, at from flags`.execute(database.kysely);
    expect(rows).toEqual([
      { on_off: 1, at: '2026-01-02 03:04:05.678' },
      { on_off: 0, at: '2026-01-02 03:04:05.678' },
    ]);
  });
});
