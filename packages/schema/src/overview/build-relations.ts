import type { CollectionOverview, RelationMeta, RelationOverview, RelationSchema } from '@plinth/types';
import type { DatabaseSchema, ForeignKeySchema } from '../introspection/database-schema.js';
import { isSystemCollection } from '../system-data/is-system-collection.js';

/** Input of {@link buildRelations}. */
export interface BuildRelationsInput {
  database: DatabaseSchema;
  collections: Record<string, CollectionOverview>;
  /** Decoded `directus_relations` rows. */
  stored: RelationMeta[];
  /** Relations Plinth declares between system collections. */
  system: RelationMeta[];
}

const keyOf = (collection: string, field: string) => `${collection}.${field}`;

function toRelationSchema(fk: ForeignKeySchema): RelationSchema {
  return {
    table: fk.table,
    column: fk.column,
    foreign_key_schema: fk.foreign_key_schema,
    foreign_key_table: fk.foreign_key_table,
    foreign_key_column: fk.foreign_key_column,
    constraint_name: fk.constraint_name,
    on_update: fk.on_update,
    on_delete: fk.on_delete,
  };
}

function metasToKeep(input: BuildRelationsInput): RelationMeta[] {
  const hasField = (meta: RelationMeta) =>
    input.collections[meta.many_collection]?.fields[meta.many_field] !== undefined;
  // A system relation needs its column (older databases may lack some); Plinth's own definition replaces a
  // stored row for the same system field.
  const system = input.system.filter(hasField);
  const systemKeys = new Set(system.map((meta) => keyOf(meta.many_collection, meta.many_field)));
  const stored = input.stored.filter(
    (meta) =>
      input.collections[meta.many_collection] !== undefined &&
      !(
        isSystemCollection(meta.many_collection) &&
        systemKeys.has(keyOf(meta.many_collection, meta.many_field))
      ),
  );
  return [...stored, ...system];
}

/**
 * Every relation: each meta row with the foreign key of its field (or `schema: null` when the database has
 * none, always so for many-to-any), then each foreign key no meta row describes (with `meta: null`).
 */
export function buildRelations(input: BuildRelationsInput): RelationOverview[] {
  const foreignKeys = new Map<string, ForeignKeySchema>();
  for (const table of Object.values(input.database.tables)) {
    if (!(table.name in input.collections)) continue;
    for (const fk of table.foreignKeys) foreignKeys.set(keyOf(fk.table, fk.column), fk);
  }
  const described = new Set<string>();
  const relations: RelationOverview[] = metasToKeep(input).map((meta) => {
    const key = keyOf(meta.many_collection, meta.many_field);
    const fk = foreignKeys.get(key);
    described.add(key);
    return {
      collection: meta.many_collection,
      field: meta.many_field,
      related_collection: meta.one_collection,
      schema: fk ? toRelationSchema(fk) : null,
      meta,
    };
  });
  for (const [key, fk] of foreignKeys) {
    if (described.has(key)) continue;
    relations.push({
      collection: fk.table,
      field: fk.column,
      related_collection: fk.foreign_key_table,
      schema: toRelationSchema(fk),
      meta: null,
    });
  }
  return relations;
}
