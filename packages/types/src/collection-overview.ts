import type { FieldOverview } from './field-overview.js';

/** How much history a collection keeps: activity and revisions, activity only, or nothing. */
export type CollectionAccountability = 'all' | 'activity' | null;

/** One collection (table plus `directus_collections` row) with its fields. */
export interface CollectionOverview {
  collection: string;
  /** Name of the primary key field. */
  primary: string;
  /** Singletons are read and written as one object, not a list. */
  singleton: boolean;
  /** The field manual sorting writes to (`meta.sort_field`); also the default sort. */
  sortField: string | null;
  accountability: CollectionAccountability;
  note: string | null;
  /** Field name to field. */
  fields: Record<string, FieldOverview>;
}
