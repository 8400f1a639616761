import type { RelationOverview, SchemaOverview } from '@plinth/types';

/**
 * How a field relates to other collections. `relation` is always the one whose foreign key (or a2o pair)
 * serves this field; for m2m and m2a, `junction` is the junction's other relation (the one pointing at the
 * far side; `files` and `translations` are m2m in this sense).
 */
export type FieldRelation =
  | { type: 'm2o'; relation: RelationOverview }
  | { type: 'a2o'; relation: RelationOverview }
  | { type: 'o2m'; relation: RelationOverview }
  | { type: 'm2m'; relation: RelationOverview; junction: RelationOverview }
  | { type: 'm2a'; relation: RelationOverview; junction: RelationOverview };

function manySide(relations: RelationOverview[], collection: string, field: string): FieldRelation | null {
  const relation = relations.find((r) => r.collection === collection && r.field === field);
  if (!relation) return null;
  if (relation.related_collection !== null) return { type: 'm2o', relation };
  return relation.meta?.one_allowed_collections ? { type: 'a2o', relation } : null;
}

function oneSide(relations: RelationOverview[], collection: string, field: string): FieldRelation | null {
  const relation = relations.find((r) => r.related_collection === collection && r.meta?.one_field === field);
  if (!relation) return null;
  const junctionField = relation.meta?.junction_field;
  const junction = junctionField
    ? relations.find(
        (r) => r !== relation && r.collection === relation.collection && r.field === junctionField,
      )
    : undefined;
  if (!junction) return { type: 'o2m', relation };
  return junction.related_collection === null
    ? { type: 'm2a', relation, junction }
    : { type: 'm2m', relation, junction };
}

/**
 * Resolves the relation behind a field: m2o/a2o when the field holds the key, o2m/m2m/m2a when it is the
 * alias on the "one" side. Null for a field that takes part in no relation.
 *
 * @example
 * resolveFieldRelation(overview, 'directus_users', 'role')?.type; // 'm2o'
 * resolveFieldRelation(overview, 'directus_roles', 'users')?.type; // 'o2m'
 */
export function resolveFieldRelation(
  overview: SchemaOverview,
  collection: string,
  field: string,
): FieldRelation | null {
  return manySide(overview.relations, collection, field) ?? oneSide(overview.relations, collection, field);
}
