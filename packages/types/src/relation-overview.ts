/** Referential actions of a foreign key. */
export type ForeignKeyAction = 'NO ACTION' | 'SET NULL' | 'SET DEFAULT' | 'CASCADE' | 'RESTRICT';

/** The database side of a relation: the foreign key constraint. */
export interface RelationSchema {
  table: string;
  column: string;
  foreign_key_table: string;
  foreign_key_column: string;
  /** PostgreSQL schema of the referenced table, where the dialect has schemas. */
  foreign_key_schema?: string | null;
  constraint_name: string | null;
  on_update: ForeignKeyAction;
  on_delete: ForeignKeyAction;
}

/** The `directus_relations` row of a relation. */
export interface RelationMeta {
  /** The `directus_relations` row id; absent for system relations, which have no row. */
  id?: number;
  many_collection: string;
  many_field: string;
  /** `null` for many-to-any relations. */
  one_collection: string | null;
  /** The o2m alias field on the "one" side, if there is one. */
  one_field: string | null;
  /** m2a only: the junction column holding the target collection's name. */
  one_collection_field: string | null;
  /** m2a only: the collections the relation may point to. */
  one_allowed_collections: string[] | null;
  /** m2m/m2a only: the junction's other foreign key. */
  junction_field: string | null;
  sort_field: string | null;
  /** What happens to a child removed from an o2m: its foreign key is nulled, or the row is deleted. */
  one_deselect_action: 'nullify' | 'delete';
  /** Present (and true) only on relations Plinth itself defines between system collections. */
  system?: true;
}

/**
 * A relation as read from `/relations`: `collection`/`field` are the "many" side holding the foreign key,
 * `related_collection` the "one" side (`null` for a2o).
 */
export interface RelationOverview {
  collection: string;
  field: string;
  related_collection: string | null;
  /** `null` when no database foreign key exists (always for a2o). */
  schema: RelationSchema | null;
  /** `null` for a foreign key that has no `directus_relations` row. */
  meta: RelationMeta | null;
}
