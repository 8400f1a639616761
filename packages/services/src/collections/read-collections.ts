import { type CollectionObject, toCollectionObjects } from '@plinth/schema';
import { assertAdmin } from '../context/assert-admin.js';
import type { ServiceContext } from '../context/service-context.js';

/** Every collection, system ones and folders included, as `GET /collections` returns them. */
export async function readCollections(ctx: ServiceContext): Promise<CollectionObject[]> {
  assertAdmin(ctx);
  return toCollectionObjects(ctx.schema);
}
