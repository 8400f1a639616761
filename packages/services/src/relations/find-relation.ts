import { InternalServerError } from '@plinth/errors';
import { type RelationObject, toRelationObject } from '@plinth/schema';
import type { SchemaOverview } from '@plinth/types';

/** The relation on `collection.field` in a model read just after writing it; its absence is a bug. */
export function findRelation(overview: SchemaOverview, collection: string, field: string): RelationObject {
  const relation = overview.relations.find(
    (entry) => entry.collection === collection && entry.field === field,
  );
  if (!relation) throw new InternalServerError();
  return toRelationObject(relation);
}
