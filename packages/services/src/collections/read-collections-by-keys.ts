import { InvalidPayloadError } from '@plinth/errors';
import { type CollectionObject, toCollectionObject } from '@plinth/schema';
import type { ServiceContext } from '../context/service-context.js';
import { assertRecord } from '../lib/assert-record.js';
import { isReadable, readableModel } from '../system/readable-model.js';

/**
 * `SEARCH /collections` with `{keys}`: the named collections and folders that exist, in the
 * order asked; unknown names are left out, as a list read leaves out what it cannot see. Without
 * `keys` (a `{query}` body), every collection: `/collections` honours no query.
 */
export async function readCollectionsByKeys(ctx: ServiceContext, body: unknown): Promise<CollectionObject[]> {
  assertRecord(body ?? {}, 'The search');
  const model = await readableModel(ctx, 'directus_collections');
  const keys = (body as { keys?: unknown } | undefined)?.keys;
  const names =
    keys === undefined
      ? [...Object.keys(ctx.schema.collections), ...Object.keys(ctx.schema.folders)].sort()
      : keys;
  if (!Array.isArray(names) || names.some((name) => typeof name !== 'string')) {
    throw new InvalidPayloadError({ reason: '"keys" must be an array of collection names' });
  }
  return (names as string[])
    .filter((name) => ctx.schema.collections[name] || ctx.schema.folders[name])
    .filter((name) => isReadable(model, name))
    .map((name) => toCollectionObject(ctx.schema, name));
}
