import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type PlinthDatabase } from '../src/index.js';
import { listTestEngines, type TestDatabase, warnSkipped } from './helpers/test-databases.js';

const engine = listTestEngines().find((candidate) => candidate.name === 'pg')!;
warnSkipped(engine, 'named item reads on PostgreSQL');

describe.skipIf(!engine.url)('named item reads on PostgreSQL', () => {
  let testDatabase: TestDatabase;
  let database: PlinthDatabase;

  beforeAll(async () => {
    testDatabase = await engine.create();
    // One connection, so every statement below meets the prepared statements of the others.
    database = createDatabase({ ...testDatabase.config, pool: { min: 0, max: 1 } });
    await sql`create table articles (id serial primary key, title text)`.execute(database.kysely);
    await sql`insert into articles (title) values ('one'), ('two')`.execute(database.kysely);
  });

  afterAll(async () => {
    await database?.destroy();
    await testDatabase?.drop();
  });

  const read = (id: number) =>
    sql<{
      data: unknown;
    }>`select json_build_object(cast(${'title'} as text), "t0"."title") as data from "articles" as "t0" where "t0"."id" = cast(${id} as bigint)`.execute(
      database.kysely,
    );
  const prepared = async () =>
    (
      await sql<{ name: string }>`select name from pg_prepared_statements order by name`.execute(
        database.kysely,
      )
    ).rows.map((row) => row.name);

  it('prepares a repeated item read once and answers it as before, for any parameters', async () => {
    expect((await read(1)).rows).toEqual([{ data: { title: 'one' } }]);
    expect(await prepared()).toEqual([]);
    expect((await read(2)).rows).toEqual([{ data: { title: 'two' } }]);
    expect(await prepared()).toEqual(['plinth_read_1']);
    expect((await read(1)).rows).toEqual([{ data: { title: 'one' } }]);
    expect(await prepared()).toEqual(['plinth_read_1']);
  });

  it('keeps running a named read inside transactions, after a rolled-back one, and after a column change', async () => {
    await expect(
      database.kysely.transaction().execute(async (trx) => {
        await sql`update articles set title = 'changed' where id = 1`.execute(trx);
        expect(
          (
            await sql`select json_build_object(cast(${'title'} as text), "t0"."title") as data from "articles" as "t0" where "t0"."id" = cast(${1} as bigint)`.execute(
              trx,
            )
          ).rows,
        ).toEqual([{ data: { title: 'changed' } }]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect((await read(1)).rows).toEqual([{ data: { title: 'one' } }]);
    await sql`alter table articles alter column title type varchar(20)`.execute(database.kysely);
    expect((await read(2)).rows).toEqual([{ data: { title: 'two' } }]);
    expect(await prepared()).toEqual(['plinth_read_1']);
  });
});

describe.skipIf(!engine.url)('item reads on PostgreSQL with DB_PREPARED_READS=false', () => {
  let testDatabase: TestDatabase;
  let database: PlinthDatabase;

  beforeAll(async () => {
    testDatabase = await engine.create();
    database = createDatabase({ ...testDatabase.config, pool: { min: 0, max: 1 }, preparedReads: false });
    await sql`create table articles (id serial primary key, title text)`.execute(database.kysely);
    await sql`insert into articles (title) values ('one'), ('two')`.execute(database.kysely);
  });

  afterAll(async () => {
    await database?.destroy();
    await testDatabase?.drop();
  });

  it('never names a statement, for a pooler that cannot keep them across transactions', async () => {
    for (const id of [1, 2, 1, 2]) {
      const { rows } = await sql<{
        data: unknown;
      }>`select json_build_object(cast(${'title'} as text), "t0"."title") as data from "articles" as "t0" where "t0"."id" = cast(${id} as bigint)`.execute(
        database.kysely,
      );
      expect(rows).toEqual([{ data: { title: id === 1 ? 'one' : 'two' } }]);
    }
    const { rows } = await sql`select name from pg_prepared_statements`.execute(database.kysely);
    expect(rows).toEqual([]);
  });
});
