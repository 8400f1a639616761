import type { CollectionObject } from '@plinth/schema';
import { assertAdmin } from '../context/assert-admin.js';
import type { ServiceContext } from '../context/service-context.js';
import { assertRecord } from '../lib/assert-record.js';
import { updateCollections } from './update-collections.js';

/** `PATCH /collections/:collection` with `{meta}`: see {@link updateCollections}. */
export async function updateCollection(
  ctx: ServiceContext,
  collection: string,
  body: unknown,
): Promise<CollectionObject> {
  assertAdmin(ctx);
  assertRecord(body, 'The collection');
  const [updated] = await updateCollections(ctx, [{ ...body, collection }]);
  return updated!;
}
