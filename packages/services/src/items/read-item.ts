import { ForbiddenError } from '@plinth/errors';
import type { Item } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { readOneByKey } from './lib/read-by-query.js';
import { readCallerPermissions } from './lib/read-caller-permissions.js';
import { readKey } from './lib/read-key.js';
import { itemsOutput, jsonOutput, type ReadOutput } from './lib/read-output.js';
import { readQuery } from './lib/read-query.js';
import { resolveQueryVariables } from './lib/read-query-variables.js';
import { readTarget } from './lib/read-target.js';

/**
 * Reads one item by primary key (`GET /items/:collection/:key`), shaped by the query's `fields`,
 * `deep` and `alias`; its `filter` must match the item too.
 *
 * @throws FORBIDDEN (generic, admins included) when the item does not exist, is filtered out, or the
 * key cannot be one of this collection's (checked before any statement runs); the collection 403s
 * of {@link readItems} otherwise.
 */
export function readItem(
  ctx: ServiceContext,
  collection: string,
  key: string | number,
  rawQuery: Record<string, unknown> = {},
): Promise<Item> {
  return readItemAs(ctx, collection, key, rawQuery, itemsOutput) as Promise<Item>;
}

/** {@link readItem} as JSON text, exactly `JSON.stringify` of the item, for answers sent as they are. */
export function readItemJson(
  ctx: ServiceContext,
  collection: string,
  key: string | number,
  rawQuery: Record<string, unknown> = {},
): Promise<string> {
  return readItemAs(ctx, collection, key, rawQuery, jsonOutput);
}

async function readItemAs<One>(
  ctx: ServiceContext,
  collection: string,
  key: string | number,
  rawQuery: Record<string, unknown>,
  output: ReadOutput<unknown, One>,
): Promise<One> {
  await readCallerPermissions(ctx);
  const overview = readTarget(ctx, collection);
  const value = readKey(overview, key);
  const query = await resolveQueryVariables(ctx, readQuery(ctx, rawQuery));
  const item = await readOneByKey(ctx, overview, value, query, 'item', output);
  // No item: `null`, or its JSON text.
  if (item === null || item === 'null') throw new ForbiddenError();
  return item;
}
