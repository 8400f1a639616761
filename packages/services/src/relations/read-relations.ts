import { type RelationObject, toRelationObject } from '@plinth/schema';
import type { ServiceContext } from '../context/service-context.js';
import { collectionForbidden } from '../lib/collection-forbidden.js';
import { isReadable, readableModel } from '../system/readable-model.js';

/**
 * All relations, or those whose many side is `collection`; a non-admin sees only relations between
 * collections they may read.
 */
export async function readRelations(ctx: ServiceContext, collection?: string): Promise<RelationObject[]> {
  const model = await readableModel(ctx, 'directus_relations');
  if (collection !== undefined && (!ctx.schema.collections[collection] || !isReadable(model, collection))) {
    throw collectionForbidden(collection);
  }
  return ctx.schema.relations
    .filter((relation) => collection === undefined || relation.collection === collection)
    .filter(
      (relation) =>
        isReadable(model, relation.collection) &&
        (relation.related_collection === null || isReadable(model, relation.related_collection)),
    )
    .map(toRelationObject);
}
