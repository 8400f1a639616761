import type { FieldInput } from '@plinth/schema';

const id: FieldInput = {
  field: 'id',
  type: 'integer',
  schema: { is_primary_key: true, has_auto_increment: true },
};
const str = (field: string): FieldInput => ({ field, type: 'string' });
const int = (field: string): FieldInput => ({ field, type: 'integer' });

/** The tables of the read fixture, as collection payloads would create them. */
export const fixtureTables: Array<[string, FieldInput[]]> = [
  ['authors', [id, str('name'), str('email')]],
  [
    'articles',
    [
      id,
      str('title'),
      str('status'),
      int('author'),
      { field: 'published_on', type: 'date' },
      { field: 'created_at', type: 'dateTime' },
      { field: 'updated_at', type: 'timestamp' },
      { field: 'start_time', type: 'time' },
      { field: 'rating', type: 'float' },
      { field: 'price', type: 'decimal', schema: { numeric_precision: 10, numeric_scale: 2 } },
      { field: 'views', type: 'bigInteger' },
      { field: 'featured', type: 'boolean' },
      { field: 'meta', type: 'json' },
      { field: 'keywords', type: 'csv' },
      { field: 'secret', type: 'hash' },
      { field: 'ref', type: 'uuid' },
      { field: 'body', type: 'text' },
    ],
  ],
  ['comments', [id, int('article'), str('body')]],
  ['tags', [id, str('name')]],
  ['articles_tags', [id, int('articles_id'), int('tags_id')]],
  ['pages', [id, str('title')]],
  ['headings', [id, str('title'), int('level')]],
  ['texts', [id, { field: 'body', type: 'text' }]],
  ['pages_blocks', [id, int('pages_id'), str('item'), str('collection'), int('sort')]],
];

/** `directus_fields` rows: specials of columns, and the alias fields of relations. */
export const fixtureFields = [
  { collection: 'articles', field: 'author', special: 'm2o' },
  { collection: 'articles', field: 'meta', special: 'cast-json' },
  { collection: 'articles', field: 'keywords', special: 'cast-csv' },
  { collection: 'articles', field: 'secret', special: 'hash,conceal', searchable: false },
  { collection: 'articles', field: 'ref', special: 'uuid' },
  { collection: 'articles', field: 'comments', special: 'o2m' },
  { collection: 'articles', field: 'tags', special: 'm2m' },
  { collection: 'authors', field: 'articles', special: 'o2m' },
  { collection: 'comments', field: 'article', special: 'm2o' },
  { collection: 'pages', field: 'blocks', special: 'm2a' },
];

/** `directus_relations` rows. */
export const fixtureRelations = [
  { many_collection: 'articles', many_field: 'author', one_collection: 'authors', one_field: 'articles' },
  { many_collection: 'comments', many_field: 'article', one_collection: 'articles', one_field: 'comments' },
  {
    many_collection: 'articles_tags',
    many_field: 'articles_id',
    one_collection: 'articles',
    one_field: 'tags',
    junction_field: 'tags_id',
  },
  {
    many_collection: 'articles_tags',
    many_field: 'tags_id',
    one_collection: 'tags',
    junction_field: 'articles_id',
  },
  {
    many_collection: 'pages_blocks',
    many_field: 'item',
    one_collection: null,
    one_allowed_collections: 'headings,texts',
    one_collection_field: 'collection',
    junction_field: 'pages_id',
  },
  {
    many_collection: 'pages_blocks',
    many_field: 'pages_id',
    one_collection: 'pages',
    one_field: 'blocks',
    junction_field: 'item',
    sort_field: 'sort',
  },
];

const article = (values: Record<string, unknown>) => ({
  title: null,
  status: null,
  author: null,
  published_on: null,
  created_at: null,
  updated_at: null,
  start_time: null,
  rating: null,
  price: null,
  views: null,
  featured: null,
  meta: null,
  keywords: null,
  secret: null,
  ref: null,
  body: null,
  ...values,
});

/** The rows, per table, in insert order. */
export const fixtureRows: Array<[string, Record<string, unknown>[]]> = [
  [
    'authors',
    [
      { id: 1, name: 'ada', email: 'ada@example.com' },
      { id: 2, name: 'bob', email: 'bob@example.com' },
      { id: 3, name: 'cy', email: null },
    ],
  ],
  [
    'articles',
    [
      article({
        id: 1,
        title: 'hello world',
        status: 'published',
        author: 1,
        published_on: '2024-01-15',
        created_at: '2024-01-15 10:30:00',
        updated_at: new Date('2024-01-15T10:30:00.000Z'),
        start_time: '10:30:00',
        rating: 4.5,
        price: '12.50',
        views: '1000',
        featured: true,
        meta: '{"tags":["a","b"],"n":1}',
        keywords: 'red,green',
        secret: 'hash-one',
        ref: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
        body: 'first body',
      }),
      article({
        id: 2,
        title: 'second post',
        status: 'draft',
        author: 1,
        published_on: '2024-02-20',
        created_at: '2024-02-20 08:00:00',
        updated_at: new Date('2024-02-20T08:00:00.000Z'),
        start_time: '08:00:00',
        rating: 3,
        price: '5.00',
        views: '9007199254740993',
        featured: false,
        meta: '[1,2,3]',
        keywords: 'blue',
        body: 'second body',
      }),
      article({
        id: 3,
        title: 'third_100%',
        status: 'published',
        author: 2,
        published_on: '2023-12-31',
        created_at: '2023-12-31 23:59:59',
        updated_at: new Date('2023-12-31T23:59:59.000Z'),
        start_time: '23:59:59',
        views: '0',
      }),
      article({ id: 4, title: 'back\\slash', status: 'archived', body: '' }),
      article({ id: 5, title: 'fifth', status: 'published', author: 2, rating: 1.25, price: '100.00' }),
    ],
  ],
  [
    'comments',
    [
      { id: 1, article: 1, body: 'great' },
      { id: 2, article: 1, body: 'thanks' },
      { id: 3, article: 1, body: 'meh' },
      { id: 4, article: 2, body: 'ok' },
    ],
  ],
  [
    'tags',
    [
      { id: 1, name: 'news' },
      { id: 2, name: 'tech' },
      { id: 3, name: 'life' },
    ],
  ],
  [
    'articles_tags',
    [
      { id: 1, articles_id: 1, tags_id: 1 },
      { id: 2, articles_id: 1, tags_id: 2 },
      { id: 3, articles_id: 2, tags_id: 2 },
      { id: 4, articles_id: 3, tags_id: 3 },
    ],
  ],
  [
    'pages',
    [
      { id: 1, title: 'home' },
      { id: 2, title: 'about' },
    ],
  ],
  [
    'headings',
    [
      { id: 1, title: 'welcome', level: 1 },
      { id: 2, title: 'intro', level: 2 },
    ],
  ],
  [
    'texts',
    [
      { id: 1, body: 'lorem' },
      { id: 2, body: 'ipsum' },
    ],
  ],
  [
    'pages_blocks',
    [
      { id: 1, pages_id: 1, item: '1', collection: 'headings', sort: 2 },
      { id: 2, pages_id: 1, item: '1', collection: 'texts', sort: 1 },
      { id: 3, pages_id: 1, item: '2', collection: 'headings', sort: 3 },
      { id: 4, pages_id: 2, item: '2', collection: 'texts', sort: 1 },
    ],
  ],
];
