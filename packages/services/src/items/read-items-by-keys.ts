import { ForbiddenError } from '@plinth/errors';
import type { Item, PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { readByQuery, readOneByKey } from './lib/read-by-query.js';
import { readCallerPermissions } from './lib/read-caller-permissions.js';
import { readKey } from './lib/read-key.js';
import { readQuery } from './lib/read-query.js';
import { resolveQueryVariables } from './lib/read-query-variables.js';
import { readScopedQuery } from './lib/read-scoped-query.js';
import { readTarget } from './lib/read-target.js';

/**
 * Reads the items with the given primary keys (`SEARCH /items/:collection` with `{keys}`, and the
 * rows a write returns), shaped by the query's `fields`, `deep` and `alias`. All of them come back,
 * whatever the default limit, in the query's sort (the primary key by default). Keys that do not
 * exist or are filtered out are simply missing from the result. Inside a transaction (`ctx.db`) the
 * read sees that transaction's writes.
 *
 * @throws FORBIDDEN (generic) when `keys` is not a list or a key cannot be one of this collection's;
 * the collection 403s of `readItems` otherwise.
 */
export async function readItemsByKeys(
  ctx: ServiceContext,
  collection: string,
  keys: readonly PrimaryKey[],
  rawQuery: Record<string, unknown> = {},
): Promise<Item[]> {
  await readCallerPermissions(ctx);
  const overview = readTarget(ctx, collection);
  if (!Array.isArray(keys)) throw new ForbiddenError();
  const values = keys.map((key) => readKey(overview, key));
  const query = await resolveQueryVariables(ctx, readQuery(ctx, rawQuery));
  if (values.length === 0) return [];
  if (values.length === 1) {
    // One key (a single write's answer, its revision snapshot): the by-key plan serves every key.
    const item = await readOneByKey(ctx, overview, values[0]!, query, 'keys');
    return item === null ? [] : [item];
  }
  const scoped = readScopedQuery(query, { [overview.primary]: { _in: values } }, { limit: -1 });
  return (await readByQuery(ctx, collection, scoped)).data;
}
