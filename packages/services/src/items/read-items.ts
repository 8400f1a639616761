import type { ServiceContext } from '../context/service-context.js';
import { type ReadByQueryResult, readByQuery } from './lib/read-by-query.js';
import { readCallerPermissions } from './lib/read-caller-permissions.js';
import { itemsOutput, jsonOutput, type ReadOutput } from './lib/read-output.js';
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
export function readItems(
  ctx: ServiceContext,
  collection: string,
  rawQuery: Record<string, unknown> = {},
): Promise<ReadItemsResult> {
  return readItemsAs(ctx, collection, rawQuery, itemsOutput);
}

/**
 * {@link readItems} with `data` as JSON text, exactly `JSON.stringify` of the items: for answers sent
 * as they are, which on SQLite skip parsing the rows and writing them again.
 */
export function readItemsJson(
  ctx: ServiceContext,
  collection: string,
  rawQuery: Record<string, unknown> = {},
): Promise<ReadByQueryResult<string>> {
  return readItemsAs(ctx, collection, rawQuery, jsonOutput);
}

async function readItemsAs<List>(
  ctx: ServiceContext,
  collection: string,
  rawQuery: Record<string, unknown>,
  output: ReadOutput<List, unknown>,
): Promise<ReadByQueryResult<List>> {
  await readCallerPermissions(ctx);
  readTarget(ctx, collection);
  const query = await resolveQueryVariables(ctx, readQuery(ctx, rawQuery));
  return readByQuery(ctx, collection, query, output);
}
