import { ForbiddenError } from '@plinth/errors';
import type { CollectionOverview } from '@plinth/types';
import type { ServiceContext } from '../../context/service-context.js';
import { collectionForbidden } from '../../lib/collection-forbidden.js';
import { type WriteAction, writePolicyOf } from './write-policy.js';

export type { WriteAction } from './write-policy.js';

/**
 * Whether the caller may perform `action` on `collection`: admins and the system may do anything;
 * everyone else needs a rule for the action (nested writes come through here too, per level). The
 * caller's permissions must have been resolved (`runWrite` does).
 *
 * @throws FORBIDDEN naming the action and collection otherwise.
 */
export function assertWriteAccess(ctx: ServiceContext, collection: string, action: WriteAction): void {
  writePolicyOf(ctx, collection, action);
}

/**
 * The user collection a nested write goes to, before the action is known (an m2o object may be created
 * or updated): system collections refused with the generic 403, a missing one with the collection 403.
 */
export function writeCollection(ctx: ServiceContext, collection: string): CollectionOverview {
  const overview = Object.hasOwn(ctx.schema.collections, collection)
    ? ctx.schema.collections[collection]
    : undefined;
  if (!ctx.systemAccess && (collection.startsWith('directus_') || overview?.system))
    throw new ForbiddenError();
  if (!overview) throw collectionForbidden(collection);
  // A table without a primary key can be read but never written through the API.
  if (!overview.primary) throw new ForbiddenError();
  return overview;
}

/**
 * The user collection a write through `/items` goes to, nested writes included. System collections
 * are refused with the generic 403; a missing collection answers the collection 403, admins included;
 * a caller without a rule for the action gets the action's 403.
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
  return writeCollection(ctx, collection);
}
