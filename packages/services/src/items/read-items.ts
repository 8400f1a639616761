import type { ServiceContext } from '../context/service-context.js';
import { callerPermissions } from '../permissions/caller-permissions.js';
import { type ReadByQueryResult, readByQuery } from './lib/read-by-query.js';
import { readQuery } from './lib/read-query.js';
import { resolveQueryVariables } from './lib/read-query-variables.js';
import { readTarget } from './lib/read-target.js';

/** What {@link readItems} returns: the items (or aggregate rows) and, only when asked for, `meta`. */
export type ReadItemsResult = ReadByQueryResult;

/**
 * Reads a user collection by query (`GET /items/:collection`): fields, filter, search, sort, paging,
 * deep, alias, aggregate and groupBy, in one statement with the caller's policy applied at every
 * level; `meta` counts are one small statement each, run only when asked for.
 *
 * @param rawQuery The query parameters as decoded from the query string (either wire encoding) or
 * given in a SEARCH body.
 * @throws FORBIDDEN for a system collection (generic), a missing or unreadable collection or field
 * (with the reason), INVALID_QUERY for a malformed query.
 */
export async function readItems(
  ctx: ServiceContext,
  collection: string,
  rawQuery: Record<string, unknown> = {},
): Promise<ReadItemsResult> {
  await callerPermissions(ctx);
  readTarget(ctx, collection);
  return readByQuery(ctx, collection, await resolveQueryVariables(ctx, readQuery(ctx, rawQuery)));
}
