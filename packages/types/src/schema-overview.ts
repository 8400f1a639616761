import type { CollectionMeta, CollectionOverview } from './collection-overview.js';
import type { RelationOverview } from './relation-overview.js';

/**
 * The whole data model in one object: introspected tables and columns merged with the `directus_collections`,
 * `directus_fields` and `directus_relations` rows. Built by the schema package, cached, and passed to every
 * service through `ctx.schema`.
 */
export interface SchemaOverview {
  /** Collection name to collection. */
  collections: Record<string, CollectionOverview>;
  /**
   * Folder name to its `directus_collections` row: collections without a table that only group others in
   * the admin app. Listed by `/collections` (with `schema: null`) but never queried.
   */
  folders: Record<string, CollectionMeta>;
  relations: RelationOverview[];
}
