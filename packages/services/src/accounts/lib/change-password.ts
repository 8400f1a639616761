import type { Kysely } from 'kysely';
import type { AuthContext } from '../../auth/auth-context.js';
import { hashPassword } from '../../auth/password-hash.js';
import { endUserSessions } from '../../auth/sessions/end-user-sessions.js';

/** Options of {@link changePassword}. */
export interface ChangePasswordOptions {
  /** Other columns to set in the same statement (`status: 'active'` when an invite is accepted). */
  set?: Record<string, unknown>;
  /**
   * Only change it if the stored hash is still this one: a compare-and-set, so two uses of the same
   * one-time link cannot both succeed. @default no condition
   */
  expectedHash?: string | null;
}

/**
 * Hashes and stores a new password and ends every session of the user, inside the caller's
 * transaction `db`. Returns false when `expectedHash` no longer matched (nothing was changed).
 * The caller drops cached access after the commit.
 */
export async function changePassword(
  ctx: Pick<AuthContext, 'auth'> & { db: Kysely<any> },
  userId: string,
  password: string,
  options: ChangePasswordOptions = {},
): Promise<boolean> {
  const hash = await hashPassword(password, ctx.auth.settings.passwordHash);
  let update = ctx.db
    .updateTable('directus_users')
    .set({ ...options.set, password: hash })
    .where('id', '=', userId);
  if (options.expectedHash !== undefined) {
    update =
      options.expectedHash === null
        ? update.where('password', 'is', null)
        : update.where('password', '=', options.expectedHash);
  }
  const result = await update.executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  await endUserSessions(ctx.db, userId);
  return true;
}
