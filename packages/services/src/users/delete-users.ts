import { InvalidPayloadError } from '@plinth/errors';
import type { PrimaryKey } from '@plinth/types';
import type { AuthContext } from '../auth/auth-context.js';
import { withTransaction } from '../context/with-transaction.js';
import { deleteItemsByKeys } from '../items/delete-items-by-keys.js';
import { assertWriteAccess } from '../items/lib/write-target.js';
import { readItems } from '../items/read-items.js';
import { isUuid } from './lib/parse-user-payload.js';
import { USERS, usersContext } from './lib/users-collection.js';
import type { UserSelection } from './update-users.js';

/** The ids a `{query}` selects, read with the caller's read policy. */
async function keysByQuery(ctx: AuthContext, query: Record<string, unknown>): Promise<PrimaryKey[]> {
  const { data } = await readItems(usersContext(ctx), USERS, { limit: -1, ...query, fields: ['id'] });
  return data.map((row) => row['id'] as PrimaryKey);
}

/**
 * `DELETE /users` (an array of ids, `{keys}` or `{query}`) and `DELETE /users/:id`: deletes the users
 * and their sessions in one transaction through the items machinery (`delete` activity, events);
 * cached access is dropped. Unknown ids are not an error.
 *
 * @throws FORBIDDEN for a caller who may not delete those users, or a malformed id.
 */
export async function deleteUsers(ctx: AuthContext, selection: UserSelection): Promise<PrimaryKey[]> {
  assertWriteAccess(ctx, USERS, 'delete');
  const keys = await withTransaction(ctx, async (trx) => {
    const auth = { ...trx, auth: ctx.auth };
    const selected = 'keys' in selection ? selection.keys : await keysByQuery(auth, selection.query);
    if (!Array.isArray(selected)) throw new InvalidPayloadError({ reason: '"keys" must be an array' });
    if (selected.length === 0) return [];
    // Sessions first (they point at the users); a refused delete rolls this back too. Malformed ids are
    // left to the delete, which refuses them.
    const ids = selected.filter(isUuid);
    if (ids.length > 0) await trx.db.deleteFrom('directus_sessions').where('user', 'in', ids).execute();
    return deleteItemsByKeys(usersContext(trx), USERS, selected);
  });
  for (const key of keys) ctx.auth.access.invalidateUser(String(key));
  return keys;
}

/** `DELETE /users/:id`: one user, as {@link deleteUsers} deletes them. */
export async function deleteUser(ctx: AuthContext, key: PrimaryKey): Promise<void> {
  await deleteUsers(ctx, { keys: [key] });
}
