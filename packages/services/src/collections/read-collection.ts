import { ForbiddenError } from '@plinth/errors';
import { type CollectionObject, toCollectionObject } from '@plinth/schema';
import type { ServiceContext } from '../context/service-context.js';
import { isReadable, readableModel } from '../system/readable-model.js';

/** One collection; a missing one, or one a non-admin may not read, is the generic 403, as for items. */
export async function readCollection(ctx: ServiceContext, collection: string): Promise<CollectionObject> {
  if (!ctx.schema.collections[collection] && !ctx.schema.folders[collection]) throw new ForbiddenError();
  if (!isReadable(await readableModel(ctx, 'directus_collections'), collection)) throw new ForbiddenError();
  return toCollectionObject(ctx.schema, collection);
}
