import type { FieldSpecial } from '@plinth/types';
import type { CollectionMeta, FieldMeta } from '../overview/wire-types.js';

/**
 * A field of a system collection as Plinth declares it. Only what differs from the defaults is written;
 * {@link toSystemFieldMeta} fills in the rest of the wire meta.
 */
export type SystemFieldSpec = { field: string; special?: FieldSpecial[] } & Partial<
  Pick<
    FieldMeta,
    | 'interface'
    | 'options'
    | 'display'
    | 'display_options'
    | 'readonly'
    | 'hidden'
    | 'width'
    | 'note'
    | 'required'
    | 'group'
  >
>;

/** A system collection: the parts of its meta that differ from the defaults, and its fields in form order. */
export interface SystemCollectionSpec {
  collection: string;
  meta?: Partial<Omit<CollectionMeta, 'collection' | 'system'>>;
  fields: SystemFieldSpec[];
}

/** A relation between system collections, as `directus_relations` would hold it. */
export interface SystemRelationSpec {
  many_collection: string;
  many_field: string;
  one_collection: string;
  one_field?: string;
  junction_field?: string;
  sort_field?: string;
  one_deselect_action?: 'nullify' | 'delete';
}
