import { col, notNull, ref } from '../column-helpers.js';
import type { SystemTable } from '../system-table-types.js';

/** Migration bookkeeping, shared with Directus: both record their versions here. */
export const migrationsTable: SystemTable = {
  name: 'directus_migrations',
  columns: [
    { ...col.string('version', 255, notNull), primary: true },
    col.string('name', 255, notNull),
    col.timestamp('timestamp', { default: 'now' }),
  ],
};

/** The data model: collections, fields and relations metadata, plus translations and extensions. */
export const schemaTables: SystemTable[] = [
  {
    name: 'directus_collections',
    columns: [
      { ...col.string('collection', 64, notNull), primary: true },
      col.string('icon', 64),
      col.text('note'),
      col.string('display_template', 255),
      col.boolean('hidden', { nullable: false, default: false }),
      col.boolean('singleton', { nullable: false, default: false }),
      col.json('translations'),
      col.string('archive_field', 64),
      col.boolean('archive_app_filter', { nullable: false, default: true }),
      col.string('archive_value', 255),
      col.string('unarchive_value', 255),
      col.string('sort_field', 64),
      col.string('accountability', 255, { default: 'all' }),
      col.string('color', 255),
      col.json('item_duplication_fields'),
      col.integer('sort'),
      col.string('group', 64, { references: ref('directus_collections', undefined, 'collection') }),
      col.string('collapse', 255, { nullable: false, default: 'open' }),
      col.string('preview_url', 255),
      col.boolean('versioning', { nullable: false, default: false }),
    ],
  },
  {
    name: 'directus_fields',
    columns: [
      col.increments(),
      col.string('collection', 64, notNull),
      col.string('field', 64, notNull),
      col.string('special', 64),
      col.string('interface', 64),
      col.json('options'),
      col.string('display', 64),
      col.json('display_options'),
      col.boolean('readonly', { nullable: false, default: false }),
      col.boolean('hidden', { nullable: false, default: false }),
      col.integer('sort'),
      col.string('width', 30, { default: 'full' }),
      col.json('translations'),
      col.text('note'),
      col.json('conditions'),
      col.boolean('required', { default: false }),
      col.string('group', 64),
      col.json('validation'),
      col.text('validation_message'),
      col.boolean('searchable', { nullable: false, default: true }),
    ],
  },
  {
    name: 'directus_relations',
    columns: [
      col.increments(),
      col.string('many_collection', 64, notNull),
      col.string('many_field', 64, notNull),
      col.string('one_collection', 64),
      col.string('one_field', 64),
      col.string('one_collection_field', 64),
      col.text('one_allowed_collections'),
      col.string('junction_field', 64),
      col.string('sort_field', 64),
      col.string('one_deselect_action', 255, { nullable: false, default: 'nullify' }),
    ],
  },
  {
    name: 'directus_translations',
    columns: [
      col.uuidPk(),
      col.string('language', 255, notNull),
      col.string('key', 255, notNull),
      col.text('value', notNull),
    ],
  },
  {
    name: 'directus_extensions',
    columns: [
      col.boolean('enabled', { nullable: false, default: true }),
      col.uuidPk(),
      col.string('folder', 255, notNull),
      col.string('source', 255, notNull),
      col.uuid('bundle'),
    ],
  },
];
