import { ForbiddenError } from '@plinth/errors';
import type { Item } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { callerPermissions } from '../permissions/caller-permissions.js';
import { readOneByKey } from './lib/read-by-query.js';
import { readKey } from './lib/read-key.js';
import { readQuery } from './lib/read-query.js';
import { resolveQueryVariables } from './lib/read-query-variables.js';
import { readScopedQuery } from './lib/read-scoped-query.js';
import { readTarget } from './lib/read-target.js';

/**
 * Reads one item by primary key (`GET /items/:collection/:key`), shaped by the query's `fields`,
 * `deep` and `alias`; its `filter` must match the item too.
 *
 * @throws FORBIDDEN (generic, admins included) when the item does not exist, is filtered out, or the
 * key cannot be one of this collection's (checked before any statement runs); the collection 403s
 * of {@link readItems} otherwise.
 */
export async function readItem(
  ctx: ServiceContext,
  collection: string,
  key: string | number,
  rawQuery: Record<string, unknown> = {},
): Promise<Item> {
  await callerPermissions(ctx);
  const overview = readTarget(ctx, collection);
  const value = readKey(overview, key);
  const query = await resolveQueryVariables(ctx, readQuery(ctx, rawQuery));
  const item = await readOneByKey(ctx, overview, value, (key) =>
    readScopedQuery(query, { [overview.primary]: { _eq: key } }, { limit: 1 }),
  );
  if (item === null) throw new ForbiddenError();
  return item;
}
