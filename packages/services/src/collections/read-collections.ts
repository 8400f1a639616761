import { type CollectionObject, toCollectionObjects } from '@plinth/schema';
import type { ServiceContext } from '../context/service-context.js';
import { isReadable, readableModel } from '../system/readable-model.js';

/**
 * Every collection, system ones and folders included, as `GET /collections` returns them; a non-admin
 * sees only the collections they may read.
 */
export async function readCollections(ctx: ServiceContext): Promise<CollectionObject[]> {
  const model = await readableModel(ctx, 'directus_collections');
  const all = toCollectionObjects(ctx.schema);
  return model === null ? all : all.filter((entry) => isReadable(model, entry.collection));
}
