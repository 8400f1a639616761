import type { CollectionOverview, FieldOverview } from '@plinth/types';

// The wire objects are declared in @plinth/types next to the overview that carries them; they are reached
// through the overview types so this package depends only on what @plinth/types already exports.

/** The `meta` object of a collection on the wire (a decoded `directus_collections` row). */
export type CollectionMeta = NonNullable<CollectionOverview['meta']>;

/** The `schema` object of a collection on the wire (the table). */
export type CollectionSchema = CollectionOverview['schema'];

/** The `meta` object of a field on the wire (a decoded `directus_fields` row). */
export type FieldMeta = NonNullable<FieldOverview['meta']>;

/** The `schema` object of a field on the wire (the introspected column). */
export type FieldSchema = NonNullable<FieldOverview['schema']>;
