import type { RelationOverview } from '@plinth/types';

/** A relation as `GET /relations` returns it (the overview keeps relations in this shape already). */
export type RelationObject = RelationOverview;

/** The wire object of a relation, keys in wire order and detached from the (cached) overview. */
export function toRelationObject(relation: RelationOverview): RelationObject {
  return {
    collection: relation.collection,
    field: relation.field,
    related_collection: relation.related_collection,
    schema: structuredClone(relation.schema),
    meta: structuredClone(relation.meta),
  };
}
