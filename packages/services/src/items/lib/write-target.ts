import { ForbiddenError } from '@plinth/errors';
import type { CollectionOverview } from '@plinth/types';
import type { ServiceContext } from '../../context/service-context.js';
import { collectionForbidden } from '../../lib/collection-forbidden.js';

/** The mutation a caller asks for, as permissions name it. */
export type WriteAction = 'create' | 'update' | 'delete';

/**
 * Whether the caller may perform `action` on `collection`. Admins and the system may do anything; everyone
 * else is refused until role and policy permissions land. This is the one place that check plugs into
 * (nested writes come through here too, per level).
 */
export function assertWriteAccess(ctx: ServiceContext, collection: string, action: WriteAction): void {
  if (ctx.accountability === null || ctx.accountability.admin) return;
  throw new ForbiddenError({
    reason: `You don't have permission to perform "${action}" for collection "${collection}" or it does not exist.`,
  });
}

/**
 * The user collection a write through `/items` goes to, nested writes included. System collections
 * are refused with the generic 403; a missing collection answers the collection 403, admins included.
 */
export function writeTarget(
  ctx: ServiceContext,
  collection: string,
  action: WriteAction,
): CollectionOverview {
  const overview = Object.hasOwn(ctx.schema.collections, collection)
    ? ctx.schema.collections[collection]
    : undefined;
  if (!ctx.systemAccess && (collection.startsWith('directus_') || overview?.system))
    throw new ForbiddenError();
  assertWriteAccess(ctx, collection, action);
  if (!overview) throw collectionForbidden(collection);
  // A table without a primary key can be read but never written through the API.
  if (!overview.primary) throw new ForbiddenError();
  return overview;
}
