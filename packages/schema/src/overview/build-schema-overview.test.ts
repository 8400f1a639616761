import { describe, expect, it } from 'vitest';
import { contentFixture } from '../../test/overview/lib/content-fixture.js';
import { column, database, table } from '../../test/overview/lib/schema-fixtures.js';
import { buildSchemaOverview } from './build-schema-overview.js';

const overview = buildSchemaOverview(contentFixture());
const collection = (name: string) => overview.collections[name]!;

describe('buildSchemaOverview: collections', () => {
  it('makes every table a collection and every meta row without a table a folder', () => {
    expect(Object.keys(overview.collections)).toEqual(
      expect.arrayContaining(['articles', 'authors', 'legacy', 'logs', 'directus_users']),
    );
    expect(overview.collections['content']).toBeUndefined();
    expect(overview.folders['content']).toMatchObject({
      collection: 'content',
      icon: 'folder',
      hidden: false,
    });
    expect(Object.keys(overview.folders)).toEqual(['content']);
  });

  it('decodes the collection meta row and derives the behaviour from it', () => {
    const articles = collection('articles');
    expect(articles).toMatchObject({
      sortField: 'sort',
      accountability: 'activity',
      singleton: false,
      system: false,
    });
    expect(articles.meta).toMatchObject({
      group: 'content',
      translations: [{ language: 'en-US', translation: 'Articles' }],
      archive_app_filter: true,
      collapse: 'open',
      versioning: false,
    });
    expect(collection('home')).toMatchObject({ singleton: true, accountability: null });
  });

  it('gives tables created outside Plinth the defaults of a plain tracked collection', () => {
    const legacy = collection('legacy');
    expect(legacy).toMatchObject({
      meta: null,
      singleton: false,
      sortField: null,
      accountability: 'all',
      note: null,
    });
    expect(legacy.fields['id']?.meta).toBeNull();
    expect(legacy.schema).toEqual({ name: 'legacy', comment: null });
  });

  it('represents composite primary keys and flags tables without one', () => {
    expect(collection('order_items')).toMatchObject({
      primary: 'order_id',
      primaryKeys: ['order_id', 'product_id'],
    });
    expect(collection('logs')).toMatchObject({ primary: '', primaryKeys: [] });
    expect(collection('articles').primaryKeys).toEqual(['id']);
  });

  it('marks system collections and gives them Plinth meta, whatever the stored rows say', () => {
    const users = collection('directus_users');
    expect(users.system).toBe(true);
    expect(users.meta).toMatchObject({ system: true, archive_field: 'status', icon: 'people_alt' });
    expect(collection('directus_settings')).toMatchObject({ singleton: true, system: true });
    expect(collection('directus_activity').accountability).toBeNull();
    expect(collection('directus_access').sortField).toBe('sort');
  });
});

describe('buildSchemaOverview: fields', () => {
  it('derives the type from the column and keeps the column as the wire schema', () => {
    const title = collection('articles').fields['title']!;
    expect(title).toMatchObject({
      type: 'string',
      dbType: 'character varying',
      maxLength: 255,
      alias: false,
    });
    expect(title.schema?.name).toBe('title');
    expect(title.meta).toBeNull();
  });

  it('parses special from CSV and lets it refine the type', () => {
    const secret = collection('articles').fields['secret']!;
    expect(secret.special).toEqual(['hash', 'conceal']);
    expect(secret.type).toBe('hash');
    expect(secret.searchable).toBe(false);
    expect(secret.validation).toEqual({ secret: { _nnull: true } });
  });

  it('decodes the field meta row into the wire meta, every key present', () => {
    const meta = collection('articles').fields['author']!.meta!;
    expect(Object.keys(meta)).toEqual([
      'id',
      'collection',
      'field',
      'special',
      'interface',
      'options',
      'display',
      'display_options',
      'readonly',
      'hidden',
      'sort',
      'width',
      'translations',
      'note',
      'conditions',
      'required',
      'group',
      'validation',
      'validation_message',
      'searchable',
    ]);
    expect(meta).toMatchObject({
      id: 1,
      special: ['m2o'],
      options: { template: '{{name}}' },
      required: true,
      readonly: false,
    });
  });

  it('adds alias fields from meta rows and drops metas whose column is gone', () => {
    const fields = collection('articles').fields;
    for (const name of ['tags', 'gallery', 'translations', 'notice']) {
      expect(fields[name]).toMatchObject({ type: 'alias', alias: true, schema: null, dbType: null });
    }
    expect(collection('authors').fields['articles']?.special).toEqual(['o2m']);
    expect(collection('pages').fields['blocks']?.special).toEqual(['m2a']);
    expect(fields['removed_column']).toBeUndefined();
    expect(Object.keys(fields).slice(0, 6)).toEqual(['id', 'title', 'author', 'sort', 'payload', 'secret']);
  });

  it('keeps user-added fields of system collections next to the system ones', () => {
    const users = collection('directus_users').fields;
    expect(users['nickname']?.meta).toMatchObject({ id: 10, field: 'nickname' });
    expect(users['nickname']?.meta?.system).toBeUndefined();
    expect(users['password']?.meta).toMatchObject({ system: true, special: ['hash', 'conceal'] });
    expect(users['password']?.meta?.id).toBeUndefined();
  });
});

describe('buildSchemaOverview: engines', () => {
  it('adds cast-json to json columns on SQLite only', () => {
    const sqlite = buildSchemaOverview(contentFixture('sqlite'));
    expect(sqlite.collections['articles']?.fields['payload']).toMatchObject({
      type: 'json',
      special: ['cast-json'],
    });
    expect(collection('articles').fields['payload']).toMatchObject({ type: 'json', special: [] });
  });

  it('reads a char(36) as uuid when its meta says so, and foreign keys to it as uuid too', () => {
    const items = table('items', [
      column('items', 'id', 'char', { max_length: 36, is_primary_key: true, is_nullable: false }),
      column('items', 'code', 'char', { max_length: 36 }),
    ]);
    const parent = column('children', 'item', 'char', {
      max_length: 36,
      foreign_key_table: 'items',
      foreign_key_column: 'id',
    });
    const children = table('children', [
      column('children', 'id', 'integer', { is_primary_key: true }),
      parent,
    ]);
    const result = buildSchemaOverview({
      database: database('sqlite', [items, children]),
      collections: [],
      fields: [{ id: 1, collection: 'items', field: 'id', special: 'uuid' }],
      relations: [],
    });
    expect(result.collections['items']?.fields['id']?.type).toBe('uuid');
    expect(result.collections['items']?.fields['code']?.type).toBe('string');
    expect(result.collections['children']?.fields['item']?.type).toBe('uuid');
  });

  it('gives system columns their declared types on engines that store them as something else', () => {
    const sqlite = buildSchemaOverview(contentFixture('sqlite')).collections;
    expect(sqlite['directus_users']?.fields['id']?.type).toBe('uuid');
    expect(sqlite['directus_users']?.fields['role']?.type).toBe('uuid');
    expect(sqlite['directus_users']?.fields['auth_data']).toMatchObject({
      type: 'json',
      special: ['cast-json'],
    });
    const mysql = buildSchemaOverview(contentFixture('mysql')).collections;
    expect(mysql['directus_policies']?.fields['admin_access']?.type).toBe('boolean');
    expect(mysql['directus_settings']?.fields['collaborative_editing_enabled']?.type).toBe('boolean');
  });
});
