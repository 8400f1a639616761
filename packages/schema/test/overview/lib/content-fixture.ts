import type { DatabaseClient } from '@plinth/types';
import type { SchemaOverviewInput } from '../../../src/overview/build-schema-overview.js';
import { column, database, foreignKey, idColumn, systemTableSchemas, table } from './schema-fixtures.js';

const varchar = (t: string, name: string, extra = {}) =>
  column(t, name, 'character varying', { max_length: 255, ...extra });

function contentTables() {
  const author = column('articles', 'author', 'integer');
  const articlesId = column('articles_tags', 'articles_id', 'integer');
  const tagsId = column('articles_tags', 'tags_id', 'integer');
  const pagesId = column('pages_blocks', 'pages_id', 'integer');
  const filesArticle = column('articles_files', 'articles_id', 'integer');
  const filesFile = column('articles_files', 'directus_files_id', 'uuid');
  const translationsArticle = column('articles_translations', 'articles_id', 'integer');
  const translationsLanguage = varchar('articles_translations', 'languages_code');
  const legacyRef = column('legacy', 'article', 'integer');
  const orderItemsOrder = column('order_items', 'order_id', 'integer', {
    is_primary_key: true,
    is_nullable: false,
  });
  return [
    table('authors', [idColumn('authors'), varchar('authors', 'name')]),
    table(
      'articles',
      [
        idColumn('articles'),
        varchar('articles', 'title'),
        author,
        column('articles', 'sort', 'integer'),
        column('articles', 'payload', 'json'),
        varchar('articles', 'secret'),
      ],
      { foreignKeys: [foreignKey(author, 'authors')] },
    ),
    table('tags', [idColumn('tags'), varchar('tags', 'name')]),
    table('articles_tags', [idColumn('articles_tags'), articlesId, tagsId], {
      foreignKeys: [foreignKey(articlesId, 'articles'), foreignKey(tagsId, 'tags')],
    }),
    table('pages', [idColumn('pages')]),
    table('headings', [idColumn('headings'), varchar('headings', 'text')]),
    table('texts', [idColumn('texts'), column('texts', 'body', 'text')]),
    table(
      'pages_blocks',
      [
        idColumn('pages_blocks'),
        pagesId,
        varchar('pages_blocks', 'item'),
        varchar('pages_blocks', 'collection'),
      ],
      { foreignKeys: [foreignKey(pagesId, 'pages')] },
    ),
    table('articles_files', [idColumn('articles_files'), filesArticle, filesFile], {
      foreignKeys: [foreignKey(filesArticle, 'articles'), foreignKey(filesFile, 'directus_files')],
    }),
    table('languages', [
      varchar('languages', 'code', { is_primary_key: true, is_nullable: false }),
      varchar('languages', 'name'),
    ]),
    table(
      'articles_translations',
      [idColumn('articles_translations'), translationsArticle, translationsLanguage],
      {
        foreignKeys: [
          foreignKey(translationsArticle, 'articles'),
          foreignKey(translationsLanguage, 'languages', 'code'),
        ],
      },
    ),
    table('home', [idColumn('home'), varchar('home', 'headline')]),
    table('legacy', [idColumn('legacy'), legacyRef], { foreignKeys: [foreignKey(legacyRef, 'articles')] }),
    table('order_items', [
      orderItemsOrder,
      column('order_items', 'product_id', 'integer', { is_primary_key: true, is_nullable: false }),
      column('order_items', 'quantity', 'integer'),
    ]),
    table('logs', [column('logs', 'message', 'text')]),
  ];
}

const alias = (collection: string, field: string, special: string, id: number) => ({
  id,
  collection,
  field,
  special,
  interface: null,
  sort: id,
});

/**
 * A content model using every relation kind, a folder, a singleton, an unmanaged table, a composite key
 * and a keyless table, over a PostgreSQL-like database that also has the system tables. Rows are raw, the
 * way SQLite returns them (1/0 booleans, JSON as text, CSV specials).
 */
export function contentFixture(client: DatabaseClient = 'pg'): SchemaOverviewInput {
  return {
    database: database(client, [...systemTableSchemas(client), ...contentTables()]),
    collections: [
      {
        collection: 'content',
        icon: 'folder',
        hidden: 0,
        singleton: 0,
        accountability: 'all',
        collapse: 'open',
      },
      {
        collection: 'articles',
        group: 'content',
        sort_field: 'sort',
        hidden: 0,
        singleton: 0,
        accountability: 'activity',
        translations: '[{"language":"en-US","translation":"Articles"}]',
      },
      { collection: 'home', singleton: 1, hidden: '0', accountability: null, archive_app_filter: 1 },
      { collection: 'authors' },
    ],
    fields: [
      {
        id: 1,
        collection: 'articles',
        field: 'author',
        special: 'm2o',
        interface: 'select-dropdown-m2o',
        options: '{"template":"{{name}}"}',
        readonly: 0,
        hidden: 0,
        required: 1,
        searchable: 1,
        sort: 3,
        width: 'half',
      },
      {
        id: 2,
        collection: 'articles',
        field: 'secret',
        special: 'hash,conceal',
        searchable: 0,
        validation: '{"secret":{"_nnull":true}}',
      },
      alias('authors', 'articles', 'o2m', 3),
      alias('articles', 'tags', 'm2m', 4),
      alias('pages', 'blocks', 'm2a', 5),
      alias('articles', 'gallery', 'files', 6),
      alias('articles', 'translations', 'translations', 7),
      alias('articles', 'notice', 'alias,no-data', 8),
      { id: 9, collection: 'articles', field: 'removed_column', special: null },
      { id: 10, collection: 'directus_users', field: 'nickname', special: 'alias,no-data' },
    ],
    relations: [
      {
        id: 1,
        many_collection: 'articles',
        many_field: 'author',
        one_collection: 'authors',
        one_field: 'articles',
        one_deselect_action: 'nullify',
      },
      {
        id: 2,
        many_collection: 'articles_tags',
        many_field: 'articles_id',
        one_collection: 'articles',
        one_field: 'tags',
        junction_field: 'tags_id',
      },
      {
        id: 3,
        many_collection: 'articles_tags',
        many_field: 'tags_id',
        one_collection: 'tags',
        junction_field: 'articles_id',
      },
      {
        id: 4,
        many_collection: 'pages_blocks',
        many_field: 'item',
        one_collection: null,
        one_allowed_collections: 'headings,texts',
        one_collection_field: 'collection',
        junction_field: 'pages_id',
      },
      {
        id: 5,
        many_collection: 'pages_blocks',
        many_field: 'pages_id',
        one_collection: 'pages',
        one_field: 'blocks',
        junction_field: 'item',
        one_deselect_action: 'delete',
      },
      {
        id: 6,
        many_collection: 'articles_files',
        many_field: 'articles_id',
        one_collection: 'articles',
        one_field: 'gallery',
        junction_field: 'directus_files_id',
      },
      {
        id: 7,
        many_collection: 'articles_files',
        many_field: 'directus_files_id',
        one_collection: 'directus_files',
        junction_field: 'articles_id',
      },
      {
        id: 8,
        many_collection: 'articles_translations',
        many_field: 'articles_id',
        one_collection: 'articles',
        one_field: 'translations',
        junction_field: 'languages_code',
      },
      {
        id: 9,
        many_collection: 'articles_translations',
        many_field: 'languages_code',
        one_collection: 'languages',
        junction_field: 'articles_id',
      },
      { id: 10, many_collection: 'ghost', many_field: 'x', one_collection: 'articles' },
    ],
  };
}
