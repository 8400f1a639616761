import type { Item, PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { readItem } from '../items/read-item.js';
import { type ReadItemsResult, readItems } from '../items/read-items.js';
import { readItemsByKeys } from '../items/read-items-by-keys.js';
import { USERS, usersContext } from './lib/users-collection.js';

/**
 * `GET /users`: users by query, as `/items` reads a collection, with the caller's read policy applied
 * (admins see everyone; others what permissions grant, nothing until they do). Password, static token
 * and TOTP secret come back concealed, as every read of a concealed field does.
 *
 * @throws FORBIDDEN for a caller who may not read users; the query errors of `readItems`.
 */
export async function readUsers(
  ctx: ServiceContext,
  rawQuery: Record<string, unknown> = {},
): Promise<ReadItemsResult> {
  return readItems(usersContext(ctx), USERS, rawQuery);
}

/**
 * `GET /users/:id`: one user, read as {@link readUsers} reads.
 *
 * @throws FORBIDDEN for a malformed key, a user that does not exist or one the caller may not read.
 */
export async function readUser(
  ctx: ServiceContext,
  key: string,
  rawQuery: Record<string, unknown> = {},
): Promise<Item> {
  return readItem(usersContext(ctx), USERS, key, rawQuery);
}

/**
 * Users by key, read as {@link readUsers} reads (realtime payloads); keys that do not exist or the
 * caller may not read are missing from the result.
 *
 * @throws FORBIDDEN for a caller who may not read users.
 */
export async function readUsersByKeys(
  ctx: ServiceContext,
  keys: readonly PrimaryKey[],
  rawQuery: Record<string, unknown> = {},
): Promise<Item[]> {
  return readItemsByKeys(usersContext(ctx), USERS, keys, rawQuery);
}
