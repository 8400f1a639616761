import { randomUUID } from 'node:crypto';
import { ForbiddenError } from '@plinth/errors';
import { assertPasswordPolicy } from '../accounts/lib/assert-password-policy.js';
import type { AuthContext } from '../auth/auth-context.js';
import { hashPassword } from '../auth/password-hash.js';
import { assertAdmin } from '../context/assert-admin.js';
import { withTransaction } from '../context/with-transaction.js';
import { writeStatement } from '../items/lib/write-database-error.js';
import { ADMIN_FIELDS, isUuid, parseUserPayload } from './lib/parse-user-payload.js';
import { writeUserRow } from './lib/write-user-row.js';

/**
 * `POST /users` (admins): creates one user (status `active` and provider `default` unless given), its
 * password checked against the policy and hashed. Returns the new id.
 *
 * @throws FORBIDDEN for non-admins; INVALID_PAYLOAD, FAILED_VALIDATION, RECORD_NOT_UNIQUE,
 * INVALID_FOREIGN_KEY for bad values.
 */
export async function createUser(ctx: AuthContext, rawPayload: unknown): Promise<string> {
  assertAdmin(ctx);
  const payload = parseUserPayload(rawPayload, ADMIN_FIELDS);
  const values: Record<string, unknown> = { status: 'active', provider: 'default', ...payload.values };
  const id = typeof values['id'] === 'string' ? values['id'] : randomUUID();
  values['id'] = id;
  if (typeof payload.password === 'string') {
    await assertPasswordPolicy(ctx.db, payload.password);
    values['password'] = await hashPassword(payload.password, ctx.auth.settings.passwordHash);
  }
  await writeStatement(ctx.database.client, { collection: 'directus_users', values }, () =>
    ctx.db.insertInto('directus_users').values(values).execute(),
  );
  return id;
}

/**
 * `PATCH /users/:id` (admins): updates one user in one transaction. A new password or a status other
 * than `active` (suspending, archiving) ends all the user's sessions; cached access is dropped. As for
 * items, an unknown id changes nothing.
 *
 * @throws FORBIDDEN for non-admins or a malformed id; the value errors of {@link createUser}.
 */
export async function updateUser(ctx: AuthContext, key: string, rawPayload: unknown): Promise<void> {
  assertAdmin(ctx);
  if (!isUuid(key)) throw new ForbiddenError();
  const payload = parseUserPayload(rawPayload, ADMIN_FIELDS);
  delete payload.values['id'];
  await withTransaction(ctx, (trx) => writeUserRow({ ...trx, auth: ctx.auth }, key, payload));
  ctx.auth.access.invalidateUser(key);
}

/**
 * `DELETE /users/:id` (admins): deletes a user and their sessions. An unknown id is not an error.
 *
 * @throws FORBIDDEN for non-admins or a malformed id.
 */
export async function deleteUser(ctx: AuthContext, key: string): Promise<void> {
  assertAdmin(ctx);
  if (!isUuid(key)) throw new ForbiddenError();
  await withTransaction(ctx, async (trx) => {
    await trx.db.deleteFrom('directus_sessions').where('user', '=', key).execute();
    await writeStatement(ctx.database.client, { collection: 'directus_users', values: {} }, () =>
      trx.db.deleteFrom('directus_users').where('id', '=', key).execute(),
    );
  });
  ctx.auth.access.invalidateUser(key);
}
