import { isPlinthError } from '@plinth/errors';
import { createTestDatabase, listTestEngines, type TestDatabase, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  planAddColumn,
  planAddForeignKey,
  planAlterColumn,
  planCreateTable,
  planDropColumn,
  planDropForeignKey,
  planDropTable,
  runPlan,
} from '../../src/ddl/index.js';
import type { TableSchema } from '../../src/introspection/database-schema.js';
import { introspectDatabase } from '../../src/introspection/introspect-database.js';
import { toFieldType } from '../../src/introspection/to-field-type.js';
import { everyType } from './helpers/every-type.js';

for (const engine of listTestEngines()) {
  warnSkipped(engine, 'DDL integration tests', '@plinth/schema');
  describe.skipIf(!engine.url)(`DDL plans on ${engine.client}`, () => {
    let test: TestDatabase;
    beforeAll(async () => {
      test = await createTestDatabase(engine, { prefix: 'plinth_ddl' });
    });
    afterAll(async () => {
      await test?.drop();
    });

    async function table(name: string): Promise<TableSchema> {
      const schema = await introspectDatabase(test.database);
      const found = schema.tables[name];
      if (!found) throw new Error(`table ${name} is missing`);
      return found;
    }

    async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
      const error = await promise.then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(isPlinthError(error) ? error.code : error).toBe(code);
    }

    it('creates a table with every field type, its options visible in the catalog', async () => {
      await runPlan(test.database, planCreateTable(test.database, 'everything', everyType));
      const created = await table('everything');
      const columns = created.columns;
      expect(Object.keys(columns)).toEqual(
        everyType.filter((f) => f.type && f.type !== 'alias').map((f) => f.field),
      );
      expect(created.primaryKey).toEqual(['id']);
      expect(columns['id']).toMatchObject({
        is_primary_key: true,
        has_auto_increment: true,
        is_nullable: false,
      });
      expect(columns['title']).toMatchObject({ is_unique: true, is_nullable: false, max_length: 120 });
      expect(columns['status']).toMatchObject({
        is_indexed: true,
        is_unique: false,
        default_value: "draft's",
      });
      expect(columns['price']).toMatchObject({ numeric_precision: 12, numeric_scale: 2 });
      expect(columns['amount']).toMatchObject({ numeric_precision: 10, numeric_scale: 5 });
      expect(columns['password']?.max_length).toBe(255);
      const typeOf = (name: string) => toFieldType(columns[name]!, engine.client);
      const expected = {
        title: 'string',
        body: 'text',
        count: 'integer',
        big: 'bigInteger',
        ratio: 'float',
        price: 'decimal',
        active: 'boolean',
        day: 'date',
        at_time: 'time',
        local_at: 'dateTime',
        created_at: 'timestamp',
      };
      for (const [name, type] of Object.entries(expected)) expect([name, typeOf(name)]).toEqual([name, type]);
      if (engine.client === 'pg') expect(typeOf('ref')).toBe('uuid');
      if (engine.client === 'mysql' && engine.url) expect(columns['title']?.comment).toBe("it's the title");
      await test.database.kysely.insertInto('everything').values({ title: 'a' }).execute();
      const row = await test.database.kysely.selectFrom('everything').selectAll().executeTakeFirstOrThrow();
      expect(row).toMatchObject({ id: 1, status: "draft's", count: 0 });
      expect(row['created_at']).not.toBeNull();
      expect(Boolean(row['active'])).toBe(true);
    });

    it('creates bigInteger, uuid and string primary keys', async () => {
      await runPlan(
        test.database,
        planCreateTable(test.database, 'big_keys', [
          { field: 'id', type: 'bigInteger', schema: { has_auto_increment: true } },
          { field: 'n', type: 'integer' },
        ]),
      );
      await runPlan(
        test.database,
        planCreateTable(test.database, 'uuid_keys', [
          { field: 'id', type: 'uuid', schema: { is_primary_key: true } },
        ]),
      );
      await runPlan(
        test.database,
        planCreateTable(test.database, 'languages', [
          { field: 'code', type: 'string', schema: { is_primary_key: true, max_length: 10 } },
        ]),
      );
      await test.database.kysely
        .insertInto('big_keys')
        .values([{ n: 1 }, { n: 2 }])
        .execute();
      const ids = await test.database.kysely.selectFrom('big_keys').select('id').orderBy('id').execute();
      expect(ids.map((r) => Number(r['id']))).toEqual([1, 2]);
      expect((await table('big_keys')).columns['id']).toMatchObject({
        is_primary_key: true,
        has_auto_increment: true,
      });
      expect((await table('uuid_keys')).primaryKey).toEqual(['id']);
      expect((await table('languages')).columns['code']).toMatchObject({
        is_primary_key: true,
        max_length: 10,
      });
      await test.database.kysely.insertInto('languages').values({ code: 'en' }).execute();
      await expect(
        test.database.kysely.insertInto('languages').values({ code: 'en' }).execute(),
      ).rejects.toThrow();
    });

    it('adds, alters and drops columns', async () => {
      await runPlan(
        test.database,
        planCreateTable(test.database, 'notes', [
          { field: 'id', type: 'integer', schema: { has_auto_increment: true } },
          { field: 'body', type: 'string', schema: { max_length: 20 } },
        ]),
      );
      await test.database.kysely
        .insertInto('notes')
        .values([{ body: 'one' }, { body: null }])
        .execute();
      await runPlan(
        test.database,
        planAddColumn(test.database, await table('notes'), {
          field: 'slug',
          type: 'string',
          schema: { is_unique: true },
        }),
      );
      await runPlan(
        test.database,
        planAddColumn(test.database, await table('notes'), {
          field: 'rank',
          type: 'integer',
          schema: { is_nullable: false, default_value: 3, is_indexed: true },
        }),
      );
      let notes = await table('notes');
      expect(notes.columns['slug']).toMatchObject({ is_unique: true, is_nullable: true });
      expect(notes.columns['rank']).toMatchObject({ is_indexed: true, is_nullable: false, default_value: 3 });

      await expectCode(
        runPlan(
          test.database,
          planAlterColumn(test.database, notes, { field: 'body', schema: { is_nullable: false } }),
        ),
        'CONTAINS_NULL_VALUES',
      );
      await test.database.kysely
        .updateTable('notes')
        .set({ body: 'two' })
        .where('body', 'is', null)
        .execute();
      await runPlan(
        test.database,
        planAlterColumn(test.database, await table('notes'), {
          field: 'body',
          type: 'string',
          schema: { is_nullable: false, max_length: 80, default_value: 'none' },
        }),
      );
      notes = await table('notes');
      expect(notes.columns['body']).toMatchObject({
        is_nullable: false,
        max_length: 80,
        default_value: 'none',
      });
      expect(notes.columns['slug']?.is_unique).toBe(true);

      await test.database.kysely.updateTable('notes').set({ body: 'same' }).execute();
      await expectCode(
        runPlan(
          test.database,
          planAlterColumn(test.database, notes, { field: 'body', schema: { is_unique: true } }),
        ),
        'RECORD_NOT_UNIQUE',
      );
      expect((await table('notes')).columns['body']?.is_unique).toBe(false);

      await runPlan(
        test.database,
        planAlterColumn(test.database, await table('notes'), {
          field: 'slug',
          schema: { is_unique: false, is_indexed: true },
        }),
      );
      expect((await table('notes')).columns['slug']).toMatchObject({ is_unique: false, is_indexed: true });
      await runPlan(
        test.database,
        planAlterColumn(test.database, await table('notes'), { field: 'rank', type: 'bigInteger' }),
      );
      expect(toFieldType((await table('notes')).columns['rank']!, engine.client)).toBe('bigInteger');

      await runPlan(test.database, planDropColumn(test.database, await table('notes'), 'slug'));
      await runPlan(test.database, planDropColumn(test.database, await table('notes'), 'rank'));
      expect(Object.keys((await table('notes')).columns)).toEqual(['id', 'body']);
      expect(await test.database.kysely.selectFrom('notes').select('body').execute()).toEqual([
        { body: 'same' },
        { body: 'same' },
      ]);
    });

    it('adds foreign keys whose on-delete rules act, and drops them', async () => {
      await runPlan(
        test.database,
        planCreateTable(test.database, 'authors', [
          { field: 'id', type: 'integer', schema: { has_auto_increment: true } },
        ]),
      );
      await runPlan(
        test.database,
        planCreateTable(test.database, 'books', [
          { field: 'id', type: 'integer', schema: { has_auto_increment: true } },
          { field: 'author', type: 'integer' },
          { field: 'editor', type: 'integer' },
        ]),
      );
      await test.database.kysely
        .insertInto('authors')
        .values([{ id: 1 }, { id: 2 }])
        .execute();
      await test.database.kysely
        .insertInto('books')
        .values([
          { author: 1, editor: 2 },
          { author: 2, editor: 1 },
        ])
        .execute();
      let schema = await introspectDatabase(test.database);
      await runPlan(
        test.database,
        planAddForeignKey(
          test.database,
          {
            collection: 'books',
            field: 'author',
            related_collection: 'authors',
            schema: { on_delete: 'CASCADE' },
          },
          schema,
        ),
      );
      schema = await introspectDatabase(test.database);
      await runPlan(
        test.database,
        planAddForeignKey(
          test.database,
          {
            collection: 'books',
            field: 'editor',
            related_collection: 'authors',
            schema: { on_delete: 'SET NULL' },
          },
          schema,
        ),
      );
      const books = await table('books');
      expect(
        books.foreignKeys.map((key) => [key.column, key.foreign_key_table, key.on_delete]).sort(),
      ).toEqual([
        ['author', 'authors', 'CASCADE'],
        ['editor', 'authors', 'SET NULL'],
      ]);
      await test.database.kysely.deleteFrom('authors').where('id', '=', 1).execute();
      const rows = await test.database.kysely.selectFrom('books').select(['author', 'editor']).execute();
      expect(rows).toEqual([{ author: 2, editor: null }]);
      await expect(
        test.database.kysely.insertInto('books').values({ author: 99 }).execute(),
      ).rejects.toThrow();

      await runPlan(test.database, planDropForeignKey(test.database, await table('books'), 'author'));
      expect((await table('books')).foreignKeys.map((key) => key.column)).toEqual(['editor']);
      await test.database.kysely.insertInto('books').values({ author: 99 }).execute();
      await runPlan(test.database, planDropColumn(test.database, await table('books'), 'editor'));
      expect((await table('books')).foreignKeys).toEqual([]);
    });

    it('refuses a foreign key over orphaned rows, leaving the table as it was', async () => {
      const schema = await introspectDatabase(test.database);
      const before = schema.tables['books'];
      await expectCode(
        runPlan(
          test.database,
          planAddForeignKey(
            test.database,
            { collection: 'books', field: 'author', related_collection: 'authors' },
            schema,
          ),
        ),
        'INVALID_FOREIGN_KEY',
      );
      expect(await table('books')).toEqual(before);
    });

    it('drops tables', async () => {
      await runPlan(test.database, planDropTable(test.database, 'books'));
      const schema = await introspectDatabase(test.database);
      expect(schema.tables['books']).toBeUndefined();
      expect(schema.tables['authors']).toBeDefined();
    });
  });
}
