import { isPlinthError } from '@plinth/errors';
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
import {
  createTestDatabase,
  listTestEngines,
  type TestDatabase,
  warnSkipped,
} from './helpers/test-databases.js';

for (const engine of listTestEngines()) {
  warnSkipped(engine, 'DDL integration tests');
  describe.skipIf(!engine.url)(`DDL plans on ${engine.client}`, () => {
    let test: TestDatabase;
    beforeAll(async () => {
      test = await createTestDatabase(engine);
    });
    afterAll(async () => {
      await test?.drop();
    });

    async function table(name: string): Promise<TableSchema> {
      const schema = await introspectDatabase(test.db);
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
      await runPlan(test.db, planCreateTable(test.db, 'everything', everyType));
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
      await test.db.kysely.insertInto('everything').values({ title: 'a' }).execute();
      const row = await test.db.kysely.selectFrom('everything').selectAll().executeTakeFirstOrThrow();
      expect(row).toMatchObject({ id: 1, status: "draft's", count: 0 });
      expect(row['created_at']).not.toBeNull();
      expect(Boolean(row['active'])).toBe(true);
    });

    it('creates bigInteger, uuid and string primary keys', async () => {
      await runPlan(
        test.db,
        planCreateTable(test.db, 'big_keys', [
          { field: 'id', type: 'bigInteger', schema: { has_auto_increment: true } },
          { field: 'n', type: 'integer' },
        ]),
      );
      await runPlan(
        test.db,
        planCreateTable(test.db, 'uuid_keys', [
          { field: 'id', type: 'uuid', schema: { is_primary_key: true } },
        ]),
      );
      await runPlan(
        test.db,
        planCreateTable(test.db, 'languages', [
          { field: 'code', type: 'string', schema: { is_primary_key: true, max_length: 10 } },
        ]),
      );
      await test.db.kysely
        .insertInto('big_keys')
        .values([{ n: 1 }, { n: 2 }])
        .execute();
      const ids = await test.db.kysely.selectFrom('big_keys').select('id').orderBy('id').execute();
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
      await test.db.kysely.insertInto('languages').values({ code: 'en' }).execute();
      await expect(test.db.kysely.insertInto('languages').values({ code: 'en' }).execute()).rejects.toThrow();
    });

    it('adds, alters and drops columns', async () => {
      await runPlan(
        test.db,
        planCreateTable(test.db, 'notes', [
          { field: 'id', type: 'integer', schema: { has_auto_increment: true } },
          { field: 'body', type: 'string', schema: { max_length: 20 } },
        ]),
      );
      await test.db.kysely
        .insertInto('notes')
        .values([{ body: 'one' }, { body: null }])
        .execute();
      await runPlan(
        test.db,
        planAddColumn(test.db, await table('notes'), {
          field: 'slug',
          type: 'string',
          schema: { is_unique: true },
        }),
      );
      await runPlan(
        test.db,
        planAddColumn(test.db, await table('notes'), {
          field: 'rank',
          type: 'integer',
          schema: { is_nullable: false, default_value: 3, is_indexed: true },
        }),
      );
      let notes = await table('notes');
      expect(notes.columns['slug']).toMatchObject({ is_unique: true, is_nullable: true });
      expect(notes.columns['rank']).toMatchObject({ is_indexed: true, is_nullable: false, default_value: 3 });

      await expectCode(
        runPlan(test.db, planAlterColumn(test.db, notes, { field: 'body', schema: { is_nullable: false } })),
        'CONTAINS_NULL_VALUES',
      );
      await test.db.kysely.updateTable('notes').set({ body: 'two' }).where('body', 'is', null).execute();
      await runPlan(
        test.db,
        planAlterColumn(test.db, await table('notes'), {
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

      await test.db.kysely.updateTable('notes').set({ body: 'same' }).execute();
      await expectCode(
        runPlan(test.db, planAlterColumn(test.db, notes, { field: 'body', schema: { is_unique: true } })),
        'RECORD_NOT_UNIQUE',
      );
      expect((await table('notes')).columns['body']?.is_unique).toBe(false);

      await runPlan(
        test.db,
        planAlterColumn(test.db, await table('notes'), {
          field: 'slug',
          schema: { is_unique: false, is_indexed: true },
        }),
      );
      expect((await table('notes')).columns['slug']).toMatchObject({ is_unique: false, is_indexed: true });
      await runPlan(
        test.db,
        planAlterColumn(test.db, await table('notes'), { field: 'rank', type: 'bigInteger' }),
      );
      expect(toFieldType((await table('notes')).columns['rank']!, engine.client)).toBe('bigInteger');

      await runPlan(test.db, planDropColumn(test.db, await table('notes'), 'slug'));
      await runPlan(test.db, planDropColumn(test.db, await table('notes'), 'rank'));
      expect(Object.keys((await table('notes')).columns)).toEqual(['id', 'body']);
      expect(await test.db.kysely.selectFrom('notes').select('body').execute()).toEqual([
        { body: 'same' },
        { body: 'same' },
      ]);
    });

    it('adds foreign keys whose on-delete rules act, and drops them', async () => {
      await runPlan(
        test.db,
        planCreateTable(test.db, 'authors', [
          { field: 'id', type: 'integer', schema: { has_auto_increment: true } },
        ]),
      );
      await runPlan(
        test.db,
        planCreateTable(test.db, 'books', [
          { field: 'id', type: 'integer', schema: { has_auto_increment: true } },
          { field: 'author', type: 'integer' },
          { field: 'editor', type: 'integer' },
        ]),
      );
      await test.db.kysely
        .insertInto('authors')
        .values([{ id: 1 }, { id: 2 }])
        .execute();
      await test.db.kysely
        .insertInto('books')
        .values([
          { author: 1, editor: 2 },
          { author: 2, editor: 1 },
        ])
        .execute();
      let schema = await introspectDatabase(test.db);
      await runPlan(
        test.db,
        planAddForeignKey(
          test.db,
          {
            collection: 'books',
            field: 'author',
            related_collection: 'authors',
            schema: { on_delete: 'CASCADE' },
          },
          schema,
        ),
      );
      schema = await introspectDatabase(test.db);
      await runPlan(
        test.db,
        planAddForeignKey(
          test.db,
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
      await test.db.kysely.deleteFrom('authors').where('id', '=', 1).execute();
      const rows = await test.db.kysely.selectFrom('books').select(['author', 'editor']).execute();
      expect(rows).toEqual([{ author: 2, editor: null }]);
      await expect(test.db.kysely.insertInto('books').values({ author: 99 }).execute()).rejects.toThrow();

      await runPlan(test.db, planDropForeignKey(test.db, await table('books'), 'author'));
      expect((await table('books')).foreignKeys.map((key) => key.column)).toEqual(['editor']);
      await test.db.kysely.insertInto('books').values({ author: 99 }).execute();
      await runPlan(test.db, planDropColumn(test.db, await table('books'), 'editor'));
      expect((await table('books')).foreignKeys).toEqual([]);
    });

    it('refuses a foreign key over orphaned rows, leaving the table as it was', async () => {
      const schema = await introspectDatabase(test.db);
      const before = schema.tables['books'];
      await expectCode(
        runPlan(
          test.db,
          planAddForeignKey(
            test.db,
            { collection: 'books', field: 'author', related_collection: 'authors' },
            schema,
          ),
        ),
        'INVALID_FOREIGN_KEY',
      );
      expect(await table('books')).toEqual(before);
    });

    it('drops tables', async () => {
      await runPlan(test.db, planDropTable(test.db, 'books'));
      const schema = await introspectDatabase(test.db);
      expect(schema.tables['books']).toBeUndefined();
      expect(schema.tables['authors']).toBeDefined();
    });
  });
}
