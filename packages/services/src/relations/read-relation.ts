import { ForbiddenError } from '@plinth/errors';
import { type RelationObject, toRelationObject } from '@plinth/schema';
import { assertAdmin } from '../context/assert-admin.js';
import type { ServiceContext } from '../context/service-context.js';
import { collectionForbidden } from '../lib/collection-forbidden.js';

/** The relation whose foreign key is `collection.field`; 403 when there is none. */
export async function readRelation(
  ctx: ServiceContext,
  collection: string,
  field: string,
): Promise<RelationObject> {
  assertAdmin(ctx);
  if (!ctx.schema.collections[collection]) throw collectionForbidden(collection);
  const relation = ctx.schema.relations.find(
    (entry) => entry.collection === collection && entry.field === field,
  );
  if (!relation) throw new ForbiddenError();
  return toRelationObject(relation);
}
