import type { FieldOverview } from './field-overview.js';

/** How much history a collection keeps: activity and revisions, activity only, or nothing. */
export type CollectionAccountability = 'all' | 'activity' | null;

/** One entry of `meta.translations` of a collection. */
export interface CollectionTranslation {
  language: string;
  translation: string;
  singular?: string;
  plural?: string;
}

/**
 * The `meta` object of a collection on the wire: its `directus_collections` row with booleans and JSON
 * decoded, or Plinth's own meta for a `directus_*` collection (then `system` is true).
 */
export interface CollectionMeta {
  collection: string;
  icon: string | null;
  note: string | null;
  display_template: string | null;
  hidden: boolean;
  singleton: boolean;
  translations: CollectionTranslation[] | null;
  archive_field: string | null;
  archive_app_filter: boolean;
  archive_value: string | null;
  unarchive_value: string | null;
  sort_field: string | null;
  accountability: CollectionAccountability;
  color: string | null;
  item_duplication_fields: string[] | null;
  sort: number | null;
  group: string | null;
  collapse: 'open' | 'closed' | 'locked';
  preview_url: string | null;
  versioning: boolean;
  /** Present (and true) only on system collections. */
  system?: true;
}

/** The `schema` object of a collection on the wire: the table. */
export interface CollectionSchema {
  name: string;
  comment: string | null;
  /** The PostgreSQL / MS SQL schema the table lives in; absent where the engine has none. */
  schema?: string;
}

/** One collection (table plus `directus_collections` row) with its fields. */
export interface CollectionOverview {
  collection: string;
  /** Name of the primary key field: the first key column; `''` when the table has no primary key. */
  primary: string;
  /**
   * Every primary key column in key order: one for most tables, several for a composite key, none for a
   * table without a primary key (such a table can be read but must never be written through the API).
   */
  primaryKeys: string[];
  /** A `directus_*` collection whose fields and relations Plinth itself defines. */
  system: boolean;
  /** Singletons are read and written as one object, not a list. */
  singleton: boolean;
  /** The field manual sorting writes to (`meta.sort_field`); also the default sort. */
  sortField: string | null;
  accountability: CollectionAccountability;
  note: string | null;
  /** Field name to field, in column order, alias fields after the columns. */
  fields: Record<string, FieldOverview>;
  /** The wire `meta` (see {@link CollectionMeta}); `null` for a table Plinth does not manage. */
  meta: CollectionMeta | null;
  /** The wire `schema`: the table's name, comment and database schema. */
  schema: CollectionSchema;
}
