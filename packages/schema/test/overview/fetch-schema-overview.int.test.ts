import { migrateToLatest, type PlinthDatabase } from '@plinth/database';
import {
  createTestDatabase,
  listTestEngines,
  type TestDatabase,
  type TestEngine,
  warnSkipped,
} from '@plinth/test-kit';
import type { SchemaOverview } from '@plinth/types';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseSchema } from '../../src/introspection/database-schema.js';
import { introspectDatabase } from '../../src/introspection/index.js';
import { fetchSchemaOverview, type IntrospectFunction } from '../../src/overview/fetch-schema-overview.js';
import { resolveFieldRelation } from '../../src/overview/resolve-field-relation.js';
import { toFieldObject } from '../../src/overview/to-field-object.js';
import { column, database, foreignKey, idColumn, systemTableSchemas, table } from './lib/schema-fixtures.js';

/** One row per statement: SQLite has no DEFAULT in a multi-row VALUES, so missing keys would become NULL. */
async function insertRows(
  db: PlinthDatabase,
  tableName: string,
  rows: Record<string, unknown>[],
): Promise<void> {
  for (const row of rows) await db.kysely.insertInto(tableName).values(row).execute();
}

async function createContent(db: PlinthDatabase): Promise<void> {
  const uuidType = db.client === 'pg' ? sql`uuid` : sql`char(36)`;
  await db.kysely.schema
    .createTable('articles')
    .addColumn('id', 'integer', (c) => (db.client === 'pg' ? c : c.autoIncrement()).primaryKey())
    .addColumn('title', 'varchar(255)')
    .addColumn('author', uuidType, (c) => c.references('directus_users.id').onDelete('set null'))
    .execute();
  await insertRows(db, 'directus_collections', [
    { collection: 'blog', icon: 'folder', hidden: false, singleton: false, collapse: 'open' },
    {
      collection: 'articles',
      group: 'blog',
      hidden: false,
      singleton: true,
      accountability: 'activity',
      translations: JSON.stringify([{ language: 'en-US', translation: 'Posts' }]),
    },
  ]);
  await insertRows(db, 'directus_fields', [
    {
      collection: 'articles',
      field: 'author',
      special: 'm2o',
      interface: 'select-dropdown-m2o',
      options: JSON.stringify({ template: '{{email}}' }),
      readonly: true,
      hidden: false,
      required: false,
      searchable: true,
      sort: 2,
    },
    {
      collection: 'articles',
      field: 'notice',
      special: 'alias,no-data',
      interface: 'presentation-notice',
      readonly: false,
      hidden: false,
      searchable: false,
      sort: 3,
    },
  ]);
  await db.kysely
    .insertInto('directus_relations')
    .values({
      many_collection: 'articles',
      many_field: 'author',
      one_collection: 'directus_users',
      one_deselect_action: 'nullify',
    })
    .execute();
}

/** The database as introspection would describe it, checked against the tables the engine really has. */
async function describeDatabase(db: PlinthDatabase): Promise<DatabaseSchema> {
  const author = column('articles', 'author', db.client === 'pg' ? 'uuid' : 'char', {
    max_length: db.client === 'pg' ? null : 36,
  });
  const articles = table(
    'articles',
    [idColumn('articles'), column('articles', 'title', 'varchar', { max_length: 255 }), author],
    {
      foreignKeys: [foreignKey(author, 'directus_users')],
    },
  );
  const described = database(db.client, [...systemTableSchemas(db.client), articles]);
  const real = await db.kysely.introspection.getTables();
  const realColumns = Object.fromEntries(real.map((t) => [t.name, t.columns.map((c) => c.name).sort()]));
  for (const t of Object.values(described.tables)) {
    expect(realColumns[t.name], t.name).toEqual(Object.keys(t.columns).sort());
  }
  return described;
}

// Each engine is read twice: through tables described by hand (checked against the engine's own catalog),
// and through the real introspection, so the merge is tested apart from and together with it.
const engines = listTestEngines();
for (const engine of engines) warnSkipped(engine, 'schema overview tests', '@plinth/schema');
const cases = engines.flatMap((engine) => [
  {
    engine,
    label: `${engine.client}, tables described by hand`,
    introspect: describeDatabase as IntrospectFunction,
  },
  {
    engine,
    label: `${engine.client}, introspectDatabase`,
    introspect: ((db) => introspectDatabase(db)) as IntrospectFunction,
  },
]);

describe.each(cases)(
  'fetchSchemaOverview ($label)',
  ({ engine, introspect }: { engine: TestEngine; introspect: IntrospectFunction }) => {
    let handle: TestDatabase | undefined;
    let overview: SchemaOverview;

    beforeAll(async () => {
      if (!engine.url) return;
      handle = await createTestDatabase(engine, { prefix: 'plinth_overview' });
      await migrateToLatest(handle.database);
      await createContent(handle.database);
      overview = await fetchSchemaOverview(handle.database, introspect);
    });
    afterAll(async () => {
      await handle?.drop();
    });

    it.skipIf(!engine.url)('marks system collections as system', () => {
      const system = Object.values(overview.collections).filter((c) => c.collection.startsWith('directus_'));
      expect(system.length).toBeGreaterThan(25);
      for (const collection of system) expect(collection.meta?.system, collection.collection).toBe(true);
      expect(overview.collections['articles']?.system).toBe(false);
    });

    it.skipIf(!engine.url)('gives directus_users.password the hash and conceal flags', () => {
      const password = overview.collections['directus_users']?.fields['password'];
      expect(password?.special).toEqual(['hash', 'conceal']);
      expect(password?.type).toBe('hash');
      expect(toFieldObject(overview, 'directus_users', 'password').meta?.special).toEqual([
        'hash',
        'conceal',
      ]);
    });

    it.skipIf(!engine.url)(
      'relates directus_users.role to directus_roles, with users on the other side',
      () => {
        expect(resolveFieldRelation(overview, 'directus_users', 'role')).toMatchObject({
          type: 'm2o',
          relation: { related_collection: 'directus_roles', meta: { one_field: 'users' } },
        });
        expect(resolveFieldRelation(overview, 'directus_roles', 'users')?.type).toBe('o2m');
        expect(overview.collections['directus_roles']?.fields['users']?.type).toBe('alias');
      },
    );

    it.skipIf(!engine.url)('reads the stored meta rows, decoded the same on every engine', () => {
      expect(overview.folders['blog']).toMatchObject({ icon: 'folder', hidden: false, singleton: false });
      const articles = overview.collections['articles']!;
      expect(articles).toMatchObject({ singleton: true, accountability: 'activity', primaryKeys: ['id'] });
      expect(articles.meta).toMatchObject({
        group: 'blog',
        translations: [{ language: 'en-US', translation: 'Posts' }],
      });
      const author = articles.fields['author']!;
      expect(author.meta).toMatchObject({
        special: ['m2o'],
        options: { template: '{{email}}' },
        readonly: true,
        hidden: false,
        searchable: true,
      });
      expect(typeof author.meta?.id).toBe('number');
      expect(author.type).toBe('uuid');
      expect(articles.fields['notice']).toMatchObject({ type: 'alias', searchable: false });
      const relation = overview.relations.find((r) => r.collection === 'articles' && r.field === 'author');
      expect(relation).toMatchObject({
        related_collection: 'directus_users',
        meta: { one_deselect_action: 'nullify' },
      });
      expect(relation?.schema?.foreign_key_table).toBe('directus_users');
    });
  },
);
