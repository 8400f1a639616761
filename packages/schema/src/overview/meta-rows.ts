import type { RelationMeta } from '@plinth/types';
import type { CollectionMeta, FieldMeta } from './wire-types.js';

/**
 * A `directus_collections` row as the driver returns it: keys may be missing (defaults apply) and values
 * may still be encoded (booleans as 1/0, JSON as text).
 */
export type CollectionMetaRow = { collection: string } & Partial<Record<keyof CollectionMeta, unknown>>;

/** A `directus_fields` row as the driver returns it (see {@link CollectionMetaRow}); `special` may be CSV. */
export type FieldMetaRow = { collection: string; field: string } & Partial<Record<keyof FieldMeta, unknown>>;

/** A `directus_relations` row as the driver returns it; `one_allowed_collections` may be CSV. */
export type RelationMetaRow = { many_collection: string; many_field: string } & Partial<
  Record<keyof RelationMeta, unknown>
>;
