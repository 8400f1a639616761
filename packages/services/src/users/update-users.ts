import { InvalidPayloadError } from '@plinth/errors';
import type { PrimaryKey } from '@plinth/types';
import type { AuthContext } from '../auth/auth-context.js';
import { endUserSessions } from '../auth/sessions/end-user-sessions.js';
import { withTransaction } from '../context/with-transaction.js';
import { assertWriteAccess } from '../items/lib/write-target.js';
import { updateItem } from '../items/update-item.js';
import { updateItemsByKeys } from '../items/update-items-by-keys.js';
import { updateItemsByQuery } from '../items/update-items-by-query.js';
import { checkUserPayload, endsSessions } from './lib/check-user-payload.js';
import { USERS, usersContext } from './lib/users-collection.js';

/** Which users a `/users` batch touches: `{keys}` or `{query}`. */
export type UserSelection = { keys: readonly PrimaryKey[] } | { query: Record<string, unknown> };

/** Ends the sessions of `keys` when the payload calls for it, then drops their cached access. */
async function afterUpdate(
  ctx: AuthContext,
  keys: readonly PrimaryKey[],
  payload: Record<string, unknown>,
): Promise<void> {
  if (!endsSessions(payload)) return;
  for (const key of keys) await endUserSessions(ctx.db, String(key));
}

function forgetAccess(ctx: AuthContext, keys: readonly PrimaryKey[]): void {
  for (const key of keys) ctx.auth.access.invalidateUser(String(key));
}

/**
 * `PATCH /users/:id`: updates one user in one transaction through the items machinery (field
 * permissions, validation, `update` activity and revisions, events) under the rules of
 * `checkUserPayload`. A new password, or a status other than `active`, ends the user's sessions;
 * cached access is dropped. As for items, an admin's update of an unknown id changes nothing.
 *
 * @throws FORBIDDEN for a caller who may not update that user, or a malformed id; the value errors of
 * `createUsers`.
 */
export async function updateUser(ctx: AuthContext, key: PrimaryKey, raw: unknown): Promise<PrimaryKey> {
  assertWriteAccess(ctx, USERS, 'update');
  const updated = await withTransaction(ctx, async (trx) => {
    const payload = await checkUserPayload(trx, raw);
    const id = await updateItem(usersContext(trx), USERS, key, payload);
    await afterUpdate({ ...trx, auth: ctx.auth }, [id], payload);
    return id;
  });
  forgetAccess(ctx, [updated]);
  return updated;
}

/**
 * `PATCH /users` with `{keys, data}` or `{query, data}`: one payload for every selected user, in one
 * transaction, with the rules and side effects of {@link updateUser}. Returns the keys.
 */
export async function updateUsers(
  ctx: AuthContext,
  selection: UserSelection,
  raw: unknown,
): Promise<PrimaryKey[]> {
  assertWriteAccess(ctx, USERS, 'update');
  const keys = await withTransaction(ctx, async (trx) => {
    const payload = await checkUserPayload(trx, raw);
    const users = usersContext(trx);
    const written =
      'keys' in selection
        ? await updateItemsByKeys(users, USERS, selection.keys, payload)
        : await updateItemsByQuery(users, USERS, selection.query, payload);
    await afterUpdate({ ...trx, auth: ctx.auth }, written, payload);
    return written;
  });
  forgetAccess(ctx, keys);
  return keys;
}

/**
 * `PATCH /users` with an array: each item (with its `id`) is its own partial update, all in one
 * transaction, each with the rules and side effects of {@link updateUser}. Returns the keys.
 */
export async function updateUsersBatch(
  ctx: AuthContext,
  payloads: readonly unknown[],
): Promise<PrimaryKey[]> {
  assertWriteAccess(ctx, USERS, 'update');
  if (!Array.isArray(payloads)) throw new InvalidPayloadError({ reason: 'The batch has to be an array' });
  const keys = await withTransaction(ctx, async (trx) => {
    const written: PrimaryKey[] = [];
    for (const [index, raw] of payloads.entries()) {
      const { id, ...payload } = await checkUserPayload(trx, raw);
      if (id === undefined || id === null)
        throw new InvalidPayloadError({ reason: `Item ${index} has no "id"` });
      const key = await updateItem(usersContext(trx), USERS, id as PrimaryKey, payload);
      await afterUpdate({ ...trx, auth: ctx.auth }, [key], payload);
      written.push(key);
    }
    return written;
  });
  forgetAccess(ctx, keys);
  return keys;
}
