import { migrateToLatest, type PlinthDatabase, systemTables } from '@plinth/database';
import { createTestDatabase, listTestEngines, type TestDatabase, warnSkipped } from '@plinth/test-kit';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseSchema, introspectDatabase, toFieldType } from '../../src/introspection/index.js';
import { expectedArticleColumns, expectedSessionDefaults, forEngine } from './expected-model.js';
import { referenceModel } from './helpers/reference-model.js';

/** Statements per introspection: fixed, whatever the number of tables. */
const expectedStatements = { sqlite: 1, pg: 1, mysql: 5 };

for (const engine of listTestEngines()) {
  warnSkipped(engine, 'introspection integration tests', '@plinth/schema');

  describe.skipIf(!engine.url)(`introspectDatabase on ${engine.client}`, () => {
    let testDatabase: TestDatabase;
    let db: PlinthDatabase;
    let statements = 0;
    let schema: DatabaseSchema;

    beforeAll(async () => {
      testDatabase = await createTestDatabase(engine, { prefix: 'plinth_schema', log: () => statements++ });
      db = testDatabase.database;
      for (const statement of referenceModel(engine.client)) await sql.raw(statement).execute(db.kysely);
      statements = 0;
      schema = await introspectDatabase(db);
    });

    afterAll(async () => {
      await testDatabase?.drop();
    });

    it('reads every base table in a fixed number of statements, views left out', () => {
      expect(statements).toBe(expectedStatements[engine.client]);
      expect(schema.client).toBe(engine.client);
      expect(Object.keys(schema.tables)).toEqual([
        'articles',
        'articles_tags',
        'audit_log',
        'authors',
        'comments',
        'order_lines',
        'sessions',
        'shipments',
        'tags',
      ]);
      expect(schema.tables['published_articles']).toBeUndefined();
    });

    it('describes each column of articles the same way on every engine', () => {
      const table = schema.tables['articles'];
      expect(Object.keys(table?.columns ?? {})).toEqual(Object.keys(expectedArticleColumns));
      for (const [name, expected] of Object.entries(expectedArticleColumns)) {
        const column = table?.columns[name];
        if (!column) throw new Error(`articles.${name} is missing`);
        const { data_type, max_length, comment, field_type, ...rest } = expected;
        expect({ column: name, data_type: column.data_type }).toEqual({
          column: name,
          data_type: forEngine(data_type, engine.client),
        });
        expect(toFieldType(column, engine.client), name).toBe(forEngine(field_type, engine.client));
        if (max_length !== undefined)
          expect(column.max_length, name).toBe(forEngine(max_length, engine.client));
        if (comment !== undefined) expect(column.comment, name).toBe(forEngine(comment, engine.client));
        expect({ column: name, ...column }).toMatchObject({ column: name, table: 'articles', ...rest });
      }
      expect(table?.columns['title_length']?.generation_expression).toMatch(/length\(/);
      expect(table?.columns['author_id']?.foreign_key_schema).toBe(engine.client === 'pg' ? 'public' : null);
    });

    it('reads table comments, indexes and single-column foreign keys', () => {
      const table = schema.tables['articles'];
      expect(table?.comment).toBe(engine.client === 'sqlite' ? null : 'Blog posts');
      expect(table?.schema).toBe(engine.client === 'pg' ? 'public' : null);
      expect(table?.primaryKey).toEqual(['id']);
      expect(table?.indexes.map(({ name: _name, ...index }) => index)).toEqual(
        expect.arrayContaining([
          { columns: ['id'], unique: true, primary: true },
          { columns: ['slug'], unique: true, primary: false },
          { columns: ['published', 'created_at'], unique: false, primary: false },
        ]),
      );
      expect(table?.indexes.find((index) => index.columns[0] === 'author_id')?.name).toBe(
        'articles_author_id_index',
      );
      expect(table?.foreignKeys).toEqual([
        expect.objectContaining({
          table: 'articles',
          column: 'author_id',
          foreign_key_table: 'authors',
          foreign_key_column: 'id',
          on_delete: 'SET NULL',
          // InnoDB reports an omitted ON UPDATE as RESTRICT (the same thing there as NO ACTION).
          on_update:
            engine.client === 'mysql' ? expect.stringMatching(/^(RESTRICT|NO ACTION)$/) : 'NO ACTION',
        }),
      ]);
      expect(schema.tables['comments']?.foreignKeys[0]).toMatchObject({
        column: 'article_id',
        foreign_key_table: 'articles',
        on_delete: 'CASCADE',
      });
    });

    it('keeps junction keys, composite uniques, composite keys and tables without a key', () => {
      const junction = schema.tables['articles_tags'];
      expect(junction?.foreignKeys.map((key) => [key.column, key.foreign_key_table, key.on_delete])).toEqual([
        ['articles_id', 'articles', 'CASCADE'],
        ['tags_id', 'tags', 'CASCADE'],
      ]);
      expect(junction?.compositeUniques).toEqual([['articles_id', 'tags_id']]);
      expect(junction?.columns['articles_id']).toMatchObject({ is_unique: false, is_indexed: true });

      const lines = schema.tables['order_lines'];
      expect(lines?.primaryKey).toEqual(['order_id', 'line_no']);
      expect(lines?.columns['order_id']).toMatchObject({
        is_primary_key: true,
        is_unique: false,
        has_auto_increment: false,
      });
      expect(lines?.columns['line_no']).toMatchObject({ is_primary_key: true, is_indexed: false });
      expect(lines?.columns['quantity']?.default_value).toBe(1);

      const shipments = schema.tables['shipments'];
      expect(shipments?.foreignKeys).toEqual([]);
      expect(shipments?.columns['order_id']?.foreign_key_table).toBeNull();
      expect(shipments?.compositeForeignKeys).toEqual([
        expect.objectContaining({
          columns: ['order_id', 'line_no'],
          foreign_key_table: 'order_lines',
          foreign_key_columns: ['order_id', 'line_no'],
          on_delete: 'CASCADE',
        }),
      ]);

      const audit = schema.tables['audit_log'];
      expect(audit?.primaryKey).toEqual([]);
      expect(audit?.indexes).toEqual([]);
      expect(audit?.columns['logged_at']?.default_value).toBe('CURRENT_TIMESTAMP');
    });

    it('reads literal defaults as JS values and expression defaults in one spelling', () => {
      const columns = schema.tables['sessions']?.columns ?? {};
      for (const [name, expected] of Object.entries(expectedSessionDefaults)) {
        expect({ name, value: columns[name]?.default_value }).toEqual({
          name,
          value: forEngine(expected, engine.client),
        });
      }
      expect(columns['token']).toMatchObject({ is_primary_key: true, is_nullable: false });
    });

    it('skips excluded tables and keeps foreign keys that point at them', async () => {
      const filtered = await introspectDatabase(db, {
        excludeTables: ['tags', 'audit_log', 'no_such_table'],
      });
      expect(filtered.tables['tags']).toBeUndefined();
      expect(filtered.tables['audit_log']).toBeUndefined();
      expect(filtered.tables['articles_tags']?.columns['tags_id']?.foreign_key_table).toBe('tags');
      expect(Object.keys(filtered.tables)).toHaveLength(Object.keys(schema.tables).length - 2);
    });

    it.runIf(engine.client === 'pg')('reads another PostgreSQL schema only when asked', async () => {
      expect(schema.tables['products']).toBeUndefined();
      const inventory = await introspectDatabase(db, { schema: 'inventory' });
      expect(Object.keys(inventory.tables)).toEqual(['products']);
      expect(inventory.tables['products']).toMatchObject({ schema: 'inventory', primaryKey: ['sku'] });
      expect(inventory.tables['products']?.columns['stock']).toMatchObject({
        default_value: 0,
        is_nullable: false,
      });
    });
  });

  describe.skipIf(!engine.url)(`introspectDatabase over the system tables on ${engine.client}`, () => {
    let testDatabase: TestDatabase;
    let db: PlinthDatabase;
    let schema: DatabaseSchema;

    beforeAll(async () => {
      testDatabase = await createTestDatabase(engine, { prefix: 'plinth_schema' });
      db = testDatabase.database;
      await migrateToLatest(db);
      schema = await introspectDatabase(db);
    });

    afterAll(async () => {
      await testDatabase?.drop();
    });

    it('finds every directus_* table the migrations create', () => {
      const names = Object.keys(schema.tables);
      expect(names).toEqual(expect.arrayContaining(systemTables.map((table) => table.name)));
    });

    it('reads their primary keys, foreign keys, defaults and composite uniques', () => {
      const collections = schema.tables['directus_collections'];
      expect(collections?.primaryKey).toEqual(['collection']);
      expect(collections?.columns['group']).toMatchObject({
        foreign_key_table: 'directus_collections',
        foreign_key_column: 'collection',
      });
      expect(collections?.columns['accountability']?.default_value).toBe('all');
      expect(collections?.columns['hidden']?.default_value).toBe(false);

      const permissions = schema.tables['directus_permissions'];
      expect(permissions?.columns['id']).toMatchObject({ is_primary_key: true, has_auto_increment: true });
      expect(permissions?.foreignKeys).toEqual([
        expect.objectContaining({
          column: 'policy',
          foreign_key_table: 'directus_policies',
          foreign_key_column: 'id',
          on_delete: 'CASCADE',
        }),
      ]);

      const activity = schema.tables['directus_activity'];
      expect(activity?.columns['timestamp']).toMatchObject({
        default_value: 'CURRENT_TIMESTAMP',
        is_indexed: true,
        is_nullable: false,
      });
      expect(schema.tables['directus_users']?.primaryKey).toEqual(['id']);
      expect(schema.tables['directus_deployment_projects']?.compositeUniques).toEqual([
        ['deployment', 'external_id'],
      ]);
    });
  });
}
