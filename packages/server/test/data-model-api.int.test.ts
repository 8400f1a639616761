import { readCollections, readFields, readRelations } from '@directus/sdk';
import { fetchSchemaOverview, introspectDatabase, resolveFieldRelation } from '@plinth/schema';
import { createTestDatabase, listTestEngines, type TestDatabase, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, buildReferenceModel, createApi, createSdk } from './data-model-fixture.js';
import { createTestServer, insertAdminWithToken, type TestServer } from './helpers.js';

const byKey = <T extends Record<string, any>>(rows: T[], key: (row: T) => string) =>
  Object.fromEntries(rows.map((row) => [key(row), row]));

for (const engine of listTestEngines()) {
  warnSkipped(engine, 'data model API tests', '@plinth/server');
  describe.skipIf(!engine.url)(`data model API on ${engine.client}`, () => {
    let testDb: TestDatabase;
    let server: TestServer;
    let api: Api;
    let sdk: ReturnType<typeof createSdk>;

    beforeAll(async () => {
      testDb = await createTestDatabase(engine, { prefix: 'plinth_srv' });
      server = await createTestServer({}, {}, { database: testDb.database });
      const token = await insertAdminWithToken(server.database);
      api = createApi(server.app, token);
      sdk = createSdk(server.app, token);
      await buildReferenceModel(api, sdk);
    });
    afterAll(async () => {
      await server?.close();
      await testDb?.drop();
    });

    it('describes the collections, the singleton included', async () => {
      const collections = byKey(await sdk.request(readCollections()), (row: any) => row.collection);
      for (const name of [
        'authors',
        'articles',
        'comments',
        'tags',
        'articles_tags',
        'pages',
        'pages_blocks',
      ]) {
        expect(collections[name]).toMatchObject({ schema: { name }, meta: { collection: name } });
      }
      expect(collections.settings_page?.meta).toMatchObject({ singleton: true });
      expect(collections.authors?.meta).toMatchObject({ icon: 'person', singleton: false });
    });

    it('describes the fields with their types, specials and schema flags', async () => {
      const all = await sdk.request(readFields());
      const fields = byKey(all, (row: any) => `${row.collection}.${row.field}`);
      expect(fields['authors.id']).toMatchObject({
        type: 'uuid',
        schema: { is_primary_key: true },
        meta: { special: ['uuid'] },
      });
      expect(fields['articles.id']).toMatchObject({
        type: 'integer',
        schema: { is_primary_key: true, has_auto_increment: true },
      });
      expect(fields['articles.slug']).toMatchObject({
        type: 'string',
        schema: { is_unique: true, max_length: 255 },
      });
      expect(fields['articles.title']).toMatchObject({ schema: { max_length: 200, is_nullable: true } });
      expect(fields['articles.status']).toMatchObject({
        schema: { default_value: 'draft', is_nullable: false },
      });
      expect(fields['articles.author']).toMatchObject({
        type: 'uuid',
        schema: { foreign_key_table: 'authors', foreign_key_column: 'id' },
        meta: { special: ['m2o'], interface: 'select-dropdown-m2o' },
      });
      for (const [name, special] of [
        ['articles.comments', 'o2m'],
        ['articles.tags', 'm2m'],
        ['pages.blocks', 'm2a'],
      ]) {
        expect(fields[name!]).toMatchObject({ type: 'alias', schema: null, meta: { special: [special] } });
      }
      // A new field goes after the last one that has a row (the key, sort 1, is the only one in articles).
      expect(fields['articles.id']?.meta.sort).toBe(1);
      expect(['author', 'comments', 'tags'].map((name) => fields[`articles.${name}`]?.meta.sort)).toEqual([
        2, 3, 4,
      ]);
    });

    it('describes both sides of every relation', async () => {
      const relations = byKey(
        await sdk.request(readRelations()),
        (row: any) => `${row.collection}.${row.field}`,
      );
      expect(relations['articles.author']).toMatchObject({
        related_collection: 'authors',
        schema: { foreign_key_table: 'authors', foreign_key_column: 'id', on_delete: 'SET NULL' },
        meta: {
          many_collection: 'articles',
          one_collection: 'authors',
          one_field: null,
          one_deselect_action: 'nullify',
        },
      });
      expect(relations['comments.article']).toMatchObject({
        schema: { on_delete: 'CASCADE' },
        meta: { one_field: 'comments' },
      });
      expect(relations['articles_tags.articles_id']?.meta).toMatchObject({
        one_field: 'tags',
        junction_field: 'tags_id',
      });
      expect(relations['articles_tags.tags_id']?.meta).toMatchObject({
        one_collection: 'tags',
        junction_field: 'articles_id',
      });
      expect(relations['pages_blocks.item']).toMatchObject({
        related_collection: null,
        schema: null,
        meta: {
          one_allowed_collections: ['headings', 'texts'],
          one_collection_field: 'collection',
          junction_field: 'pages_id',
        },
      });
      expect(relations['pages_blocks.pages_id']?.meta).toMatchObject({
        one_field: 'blocks',
        junction_field: 'item',
      });

      const overview = await fetchSchemaOverview(server.database, introspectDatabase);
      expect(resolveFieldRelation(overview, 'articles', 'author')?.type).toBe('m2o');
      expect(resolveFieldRelation(overview, 'articles', 'comments')?.type).toBe('o2m');
      expect(resolveFieldRelation(overview, 'articles', 'tags')?.type).toBe('m2m');
      expect(resolveFieldRelation(overview, 'pages', 'blocks')?.type).toBe('m2a');
    });

    it('holds the model in the database, with foreign key rules that act', async () => {
      const { tables } = await introspectDatabase(server.database);
      const keysOf = (name: string) =>
        tables[name]!.foreignKeys.map((k) => `${k.column}>${k.foreign_key_table}:${k.on_delete}`).sort();
      expect(keysOf('articles')).toEqual(['author>authors:SET NULL']);
      expect(keysOf('comments')).toEqual(['article>articles:CASCADE']);
      expect(keysOf('articles_tags')).toEqual(['articles_id>articles:CASCADE', 'tags_id>tags:CASCADE']);
      expect(keysOf('pages_blocks')).toEqual(['pages_id>pages:CASCADE']);
      expect(tables.articles!.columns.slug).toMatchObject({ is_unique: true });
      expect(tables.articles!.columns.status).toMatchObject({ default_value: 'draft', is_nullable: false });
      expect(tables.articles!.columns).not.toHaveProperty('comments');

      const db = server.database.kysely;
      const author = '6f1c1e4e-0000-4000-8000-00000000a001';
      await db.insertInto('authors').values({ id: author, name: 'Ada' }).execute();
      await db.insertInto('articles').values({ id: 1, title: 'One', slug: 'one', author }).execute();
      await db.insertInto('comments').values({ id: 1, body: 'Nice', article: 1 }).execute();
      const inserted = await db.selectFrom('articles').select(['status', 'author']).executeTakeFirstOrThrow();
      expect(inserted).toEqual({ status: 'draft', author });
      await db.deleteFrom('authors').where('id', '=', author).execute();
      expect((await db.selectFrom('articles').select('author').executeTakeFirstOrThrow()).author).toBeNull();
      await db.deleteFrom('articles').execute();
      expect(await db.selectFrom('comments').selectAll().execute()).toEqual([]);
    });

    it('updates collection meta, field schema and meta, and relation rules', async () => {
      const collection = await api('PATCH', '/collections/articles', {
        meta: { note: 'News', icon: 'article' },
      });
      expect(collection.body.data.meta).toMatchObject({ note: 'News', icon: 'article' });
      const batch = await api('PATCH', '/collections', [{ collection: 'tags', meta: { color: '#ff0000' } }]);
      expect(batch.body.data[0].meta).toMatchObject({ color: '#ff0000' });

      const title = await api('PATCH', '/fields/articles/title', {
        type: 'string',
        schema: { max_length: 300 },
        meta: { note: 'Headline' },
      });
      expect(title.status).toBe(200);
      expect(title.body.data).toMatchObject({ schema: { max_length: 300 }, meta: { note: 'Headline' } });
      const many = await api('PATCH', '/fields/articles', [
        { field: 'slug', schema: { is_nullable: false } },
        { field: 'title', schema: { is_indexed: true } },
      ]);
      expect(many.status).toBe(200);
      const { tables } = await introspectDatabase(server.database);
      expect(tables.articles!.columns.slug).toMatchObject({ is_nullable: false, is_unique: true });
      expect(tables.articles!.columns.title).toMatchObject({ is_indexed: true, max_length: 300 });

      const relation = await api('PATCH', '/relations/articles/author', {
        schema: { on_delete: 'CASCADE' },
        meta: { one_deselect_action: 'delete' },
      });
      expect(relation.body.data).toMatchObject({
        schema: { on_delete: 'CASCADE' },
        meta: { one_deselect_action: 'delete' },
      });
      const after = await introspectDatabase(server.database);
      expect(after.tables.articles!.foreignKeys).toMatchObject([{ column: 'author', on_delete: 'CASCADE' }]);

      const found = await api('SEARCH', '/collections', { keys: ['tags', 'nope', 'authors'] });
      expect(found.body.data.map((row: any) => row.collection)).toEqual(['tags', 'authors']);
    });

    it('deletes a field that holds a relation, with everything that hung on it', async () => {
      expect((await api('DELETE', '/fields/articles/author')).status).toBe(204);
      const { tables } = await introspectDatabase(server.database);
      expect(tables.articles!.columns).not.toHaveProperty('author');
      expect(tables.articles!.foreignKeys).toEqual([]);
      const db = server.database.kysely;
      expect(
        await db.selectFrom('directus_relations').selectAll().where('many_field', '=', 'author').execute(),
      ).toEqual([]);
      expect(
        await db.selectFrom('directus_fields').selectAll().where('field', '=', 'author').execute(),
      ).toEqual([]);

      expect((await api('DELETE', '/fields/pages/blocks')).status).toBe(204);
      const pagesRelation = await api('GET', '/relations/pages_blocks/pages_id');
      expect(pagesRelation.body.data.meta).toMatchObject({ one_field: null, junction_field: 'item' });
    });

    it('deletes a collection other collections point at, and its leftovers', async () => {
      expect((await api('DELETE', '/collections/articles')).status).toBe(204);
      const { tables } = await introspectDatabase(server.database);
      expect(tables).not.toHaveProperty('articles');
      expect(tables.comments!.foreignKeys).toEqual([]);
      expect(tables.articles_tags!.foreignKeys.map((k) => k.column)).toEqual(['tags_id']);
      const db = server.database.kysely;
      const rows = (table: string, column: string) =>
        db.selectFrom(table).selectAll().where(column, '=', 'articles').execute();
      expect(await rows('directus_collections', 'collection')).toEqual([]);
      expect(await rows('directus_fields', 'collection')).toEqual([]);
      expect(await rows('directus_relations', 'many_collection')).toEqual([]);
      expect(await rows('directus_relations', 'one_collection')).toEqual([]);
      const tagsRelation = await api('GET', '/relations/articles_tags/tags_id');
      expect(tagsRelation.body.data.meta).toMatchObject({ junction_field: null });
      expect((await api('GET', '/collections/articles')).status).toBe(403);
      expect((await api('GET', '/fields/comments')).body.data.map((f: any) => f.field)).toEqual([
        'id',
        'body',
        'article',
      ]);

      expect((await api('DELETE', '/collections/headings')).status).toBe(204);
      const m2a = await api('GET', '/relations/pages_blocks/item');
      expect(m2a.body.data.meta.one_allowed_collections).toEqual(['texts']);
    });
  });
}
