import { ForbiddenError } from '@plinth/errors';
import { type RelationObject, toRelationObject } from '@plinth/schema';
import type { ServiceContext } from '../context/service-context.js';
import { collectionForbidden } from '../lib/collection-forbidden.js';
import { isReadable, readableModel } from '../system/readable-model.js';

/** The relation whose foreign key is `collection.field`; 403 when there is none or a non-admin may not read it. */
export async function readRelation(
  ctx: ServiceContext,
  collection: string,
  field: string,
): Promise<RelationObject> {
  const model = await readableModel(ctx, 'directus_relations');
  if (!ctx.schema.collections[collection] || !isReadable(model, collection))
    throw collectionForbidden(collection);
  const relation = ctx.schema.relations.find(
    (entry) => entry.collection === collection && entry.field === field,
  );
  if (!relation) throw new ForbiddenError();
  if (relation.related_collection !== null && !isReadable(model, relation.related_collection)) {
    throw new ForbiddenError();
  }
  return toRelationObject(relation);
}
