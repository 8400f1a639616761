import type { CollectionObject } from '@plinth/schema';
import type { ServiceContext } from '../context/service-context.js';
import { createCollections } from './create-collections.js';

/** `POST /collections` with one body: see {@link createCollections}. */
export async function createCollection(ctx: ServiceContext, body: unknown): Promise<CollectionObject> {
  const [created] = await createCollections(ctx, [body]);
  return created!;
}
