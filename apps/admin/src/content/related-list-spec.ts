import type { RelationInfo } from '../lib/schema-types.js';

/** A relation as `GET /relations` returns it, with the `meta` parts the related lists read. */
export interface RelationDetails extends RelationInfo {
  meta: {
    one_field?: string | null;
    junction_field?: string | null;
    sort_field?: string | null;
    one_deselect_action?: string | null;
  } | null;
}

/** How an o2m or m2m alias field is stored, as its related list needs to know it. */
export interface RelatedListSpec {
  kind: 'o2m' | 'm2m';
  /** The collection the list's rows live in: the children (o2m) or the junction rows (m2m). */
  rowsCollection: string;
  /** The field of those rows that points back at the edited item. */
  parentField: string;
  /** The rows' manual order field, when the relation has one. */
  sortField: string | null;
  /** What removing a row does on save: clear its link, or delete the row. */
  deselect: 'nullify' | 'delete';
  /** m2m only: the junction field pointing at the far item, and the far collection. */
  far: { field: string; collection: string } | null;
}

/**
 * The list behind alias `field` of `collection`: the relation whose `one_field` it is; when that
 * relation names a `junction_field`, the junction's other relation gives the far side (m2m).
 * Null for anything else (m2a, or an alias no relation names).
 */
export function toRelatedListSpec(
  collection: string,
  field: string,
  relations: readonly RelationDetails[],
): RelatedListSpec | null {
  const toParent = relations.find(
    (relation) => relation.related_collection === collection && relation.meta?.one_field === field,
  );
  if (!toParent) return null;
  const meta = toParent.meta;
  const common = {
    rowsCollection: toParent.collection,
    parentField: toParent.field,
    sortField: meta?.sort_field ?? null,
    deselect: meta?.one_deselect_action === 'delete' ? ('delete' as const) : ('nullify' as const),
  };
  const junctionField = meta?.junction_field;
  if (!junctionField) return { kind: 'o2m', ...common, far: null };
  const toFar = relations.find(
    (relation) => relation.collection === toParent.collection && relation.field === junctionField,
  );
  if (!toFar?.related_collection) return null;
  return { kind: 'm2m', ...common, far: { field: junctionField, collection: toFar.related_collection } };
}
