import { ForbiddenError } from '@plinth/errors';
import { type CollectionObject, toCollectionObject } from '@plinth/schema';
import { assertAdmin } from '../context/assert-admin.js';
import type { ServiceContext } from '../context/service-context.js';

/** One collection; a missing one is the generic 403, as for items. */
export async function readCollection(ctx: ServiceContext, collection: string): Promise<CollectionObject> {
  assertAdmin(ctx);
  if (!ctx.schema.collections[collection] && !ctx.schema.folders[collection]) throw new ForbiddenError();
  return toCollectionObject(ctx.schema, collection);
}
