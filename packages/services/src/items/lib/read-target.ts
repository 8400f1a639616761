import { ForbiddenError } from '@plinth/errors';
import type { CollectionOverview } from '@plinth/types';
import type { ServiceContext } from '../../context/service-context.js';
import { collectionForbidden } from '../../lib/collection-forbidden.js';
import { readPolicyResolver } from './read-policy-resolver.js';

/**
 * The user collection a read through `/items` starts from. System collections have their own routes
 * and are refused with the generic 403 (naming them would confirm they exist); a missing collection
 * and one the caller may not read share the collection 403, admins included.
 */
export function readTarget(ctx: ServiceContext, collection: string): CollectionOverview {
  const overview = Object.hasOwn(ctx.schema.collections, collection)
    ? ctx.schema.collections[collection]
    : undefined;
  if (!ctx.systemAccess && (collection.startsWith('directus_') || overview?.system))
    throw new ForbiddenError();
  if (!overview || readPolicyResolver(ctx)(collection) === null) throw collectionForbidden(collection);
  return overview;
}
