import type { Item, PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { readItem } from '../items/read-item.js';
import { type ReadItemsResult, readItems } from '../items/read-items.js';
import { readItemsByKeys } from '../items/read-items-by-keys.js';
import { systemContext } from './lib/run-system-write.js';
import type { SystemCollection } from './system-collection.js';

/**
 * Reads a system collection by query (`GET /roles`), exactly as `readItems` reads a user collection:
 * the caller's read policy applies, `meta` only when asked for.
 *
 * @throws the errors of `readItems` (FORBIDDEN for a caller who may not read it, INVALID_QUERY, ...).
 */
export async function readSystemItems(
  ctx: ServiceContext,
  system: SystemCollection,
  rawQuery: Record<string, unknown> = {},
): Promise<ReadItemsResult> {
  const query = system.listQuery ? system.listQuery(rawQuery) : rawQuery;
  const result = await readItems(systemContext(ctx), system.collection, query);
  return system.afterList ? system.afterList(ctx, result, query) : result;
}

/** One row by key (`GET /roles/:id`); FORBIDDEN when it does not exist or may not be read. */
export function readSystemItem(
  ctx: ServiceContext,
  system: SystemCollection,
  key: PrimaryKey,
  rawQuery: Record<string, unknown> = {},
): Promise<Item> {
  return readItem(systemContext(ctx), system.collection, key, rawQuery);
}

/** The rows with these keys (`SEARCH /roles` with `{keys}`, and what a write answers with). */
export function readSystemItemsByKeys(
  ctx: ServiceContext,
  system: SystemCollection,
  keys: readonly PrimaryKey[],
  rawQuery: Record<string, unknown> = {},
): Promise<Item[]> {
  return readItemsByKeys(systemContext(ctx), system.collection, keys, rawQuery);
}
