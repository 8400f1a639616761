import type { Item } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { readOneByQuery } from './lib/read-by-query.js';
import { readCallerPermissions } from './lib/read-caller-permissions.js';
import { readQuery } from './lib/read-query.js';
import { resolveQueryVariables } from './lib/read-query-variables.js';
import { readSingletonDefaults } from './lib/read-singleton-defaults.js';
import { readTarget } from './lib/read-target.js';

/**
 * Reads a singleton collection (`GET /items/:collection` when the collection is one): its one row,
 * or, before that row exists, an object of the requested fields' defaults.
 *
 * @throws the collection 403s of `readItems`, FORBIDDEN for an unknown field, INVALID_QUERY for a
 * malformed query.
 */
export async function readSingleton(
  ctx: ServiceContext,
  collection: string,
  rawQuery: Record<string, unknown> = {},
): Promise<Item> {
  await readCallerPermissions(ctx);
  const overview = readTarget(ctx, collection);
  const parsed = await resolveQueryVariables(ctx, readQuery(ctx, rawQuery));
  const { meta: _meta, page: _page, ...query } = parsed;
  const item = await readOneByQuery(ctx, collection, { ...query, limit: 1, offset: 0 });
  return item ?? readSingletonDefaults(overview, query);
}
