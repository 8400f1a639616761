import type {
  CollectionOverview,
  FieldOverview,
  FieldType,
  RelationOverview,
  SchemaOverview,
} from '@plinth/types';

/** A field as the schema package would describe it; only what a test names differs from the defaults. */
export function field(name: string, type: FieldType, extra: Partial<FieldOverview> = {}): FieldOverview {
  return {
    field: name,
    type,
    dbType: type === 'alias' ? null : type,
    nullable: true,
    defaultValue: null,
    special: [],
    generated: false,
    alias: type === 'alias',
    precision: null,
    scale: null,
    maxLength: null,
    validation: null,
    searchable: true,
    meta: null,
    schema: null,
    ...extra,
  };
}

const autoKey = field('id', 'integer', {
  nullable: false,
  schema: { has_auto_increment: true } as FieldOverview['schema'],
});

/** A collection with an auto-increment `id` (unless `fields` brings its own key). */
export function collection(
  name: string,
  fields: FieldOverview[],
  extra: Partial<CollectionOverview> = {},
): CollectionOverview {
  const all = fields.some((f) => f.field === 'id') ? fields : [autoKey, ...fields];
  return {
    collection: name,
    primary: 'id',
    primaryKeys: ['id'],
    system: false,
    singleton: false,
    sortField: null,
    accountability: 'all',
    note: null,
    meta: null,
    schema: { name, comment: null },
    fields: Object.fromEntries(all.map((f) => [f.field, f])),
    ...extra,
  };
}

function relation(
  many: string,
  manyField: string,
  one: string | null,
  meta: Partial<NonNullable<RelationOverview['meta']>> = {},
): RelationOverview {
  return {
    collection: many,
    field: manyField,
    related_collection: one,
    schema: null,
    meta: {
      many_collection: many,
      many_field: manyField,
      one_collection: one,
      one_field: null,
      one_collection_field: null,
      one_allowed_collections: null,
      junction_field: null,
      sort_field: null,
      one_deselect_action: 'nullify',
      ...meta,
    },
  };
}

/**
 * The reference model of the server tests, by hand: authors (uuid key), articles with an m2o author,
 * o2m comments and m2m tags, pages with m2a blocks to headings and texts, a singleton, plus a
 * `metrics` collection with one field of each remaining type.
 */
export function referenceOverview(): SchemaOverview {
  const collections = [
    collection('authors', [
      field('id', 'uuid', { nullable: false, special: ['uuid'] }),
      field('name', 'string', { nullable: false }),
    ]),
    collection('articles', [
      field('title', 'string'),
      field('status', 'string', { nullable: false, defaultValue: 'draft' }),
      field('author', 'uuid', { special: ['m2o'] }),
      field('comments', 'alias', { special: ['o2m'] }),
      field('tags', 'alias', { special: ['m2m'] }),
    ]),
    collection('comments', [field('body', 'text'), field('article', 'integer')]),
    collection('tags', [field('name', 'string')]),
    collection('articles_tags', [field('articles_id', 'integer'), field('tags_id', 'integer')]),
    collection('pages', [field('title', 'string'), field('blocks', 'alias', { special: ['m2a'] })]),
    collection('pages_blocks', [
      field('pages_id', 'integer'),
      field('item', 'string'),
      field('collection', 'string'),
    ]),
    collection('headings', [field('title', 'string')]),
    collection('texts', [field('body', 'text')]),
    collection('settings_page', [field('headline', 'string')], { singleton: true }),
    collection('metrics', [
      field('views', 'bigInteger'),
      field('ratio', 'decimal'),
      field('active', 'boolean'),
      field('data', 'json'),
      field('labels', 'csv'),
      field('happened', 'dateTime'),
      field('secret', 'hash'),
      field('ref', 'uuid'),
      field('shape', 'geometry.Point'),
    ]),
    collection('directus_users', [field('id', 'uuid', { nullable: false }), field('email', 'string')], {
      system: true,
    }),
  ];
  return {
    collections: Object.fromEntries(collections.map((c) => [c.collection, c])),
    folders: {},
    relations: [
      relation('articles', 'author', 'authors'),
      relation('comments', 'article', 'articles', { one_field: 'comments' }),
      relation('articles_tags', 'articles_id', 'articles', { one_field: 'tags', junction_field: 'tags_id' }),
      relation('articles_tags', 'tags_id', 'tags', { junction_field: 'articles_id' }),
      relation('pages_blocks', 'item', null, {
        one_allowed_collections: ['headings', 'texts'],
        one_collection_field: 'collection',
        junction_field: 'pages_id',
      }),
      relation('pages_blocks', 'pages_id', 'pages', { one_field: 'blocks', junction_field: 'item' }),
    ],
  };
}
