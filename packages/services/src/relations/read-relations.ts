import { type RelationObject, toRelationObject } from '@plinth/schema';
import { assertAdmin } from '../context/assert-admin.js';
import type { ServiceContext } from '../context/service-context.js';
import { collectionForbidden } from '../lib/collection-forbidden.js';

/** All relations, or those whose many side is `collection`. */
export async function readRelations(ctx: ServiceContext, collection?: string): Promise<RelationObject[]> {
  assertAdmin(ctx);
  if (collection !== undefined && !ctx.schema.collections[collection]) throw collectionForbidden(collection);
  return ctx.schema.relations
    .filter((relation) => collection === undefined || relation.collection === collection)
    .map(toRelationObject);
}
