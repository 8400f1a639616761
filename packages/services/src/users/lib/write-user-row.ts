import { assertPasswordPolicy } from '../../accounts/lib/assert-password-policy.js';
import type { AuthContext } from '../../auth/auth-context.js';
import { hashPassword } from '../../auth/password-hash.js';
import { endUserSessions } from '../../auth/sessions/end-user-sessions.js';
import { writeStatement } from '../../items/lib/write-database-error.js';
import type { UserPayload } from './parse-user-payload.js';

/** Options of {@link writeUserRow}. */
export interface WriteUserRowOptions {
  /** A session (its stored token hash) that survives a password change: the caller's own. */
  keepSession?: string | undefined;
}

/**
 * Updates one user row inside the caller's transaction: the password checked against the policy and
 * hashed, constraint errors translated (a taken email is RECORD_NOT_UNIQUE). A new password, or a
 * status other than active, ends the user's sessions. Returns whether a row was changed.
 */
export async function writeUserRow(
  ctx: AuthContext,
  userId: string,
  payload: UserPayload,
  options: WriteUserRowOptions = {},
): Promise<boolean> {
  const values = { ...payload.values };
  if (typeof payload.password === 'string') {
    await assertPasswordPolicy(ctx.db, payload.password);
    values['password'] = await hashPassword(payload.password, ctx.auth.settings.passwordHash);
  } else if (payload.password === null) {
    values['password'] = null;
  }
  if (Object.keys(values).length === 0) return false;
  const result = await writeStatement(ctx.database.client, { collection: 'directus_users', values }, () =>
    ctx.db.updateTable('directus_users').set(values).where('id', '=', userId).executeTakeFirst(),
  );
  const changed = Number(result.numUpdatedRows) > 0;
  const endsSessions =
    payload.password !== undefined || (values['status'] !== undefined && values['status'] !== 'active');
  if (changed && endsSessions) {
    if (options.keepSession === undefined || values['status'] !== undefined)
      await endUserSessions(ctx.db, userId);
    else {
      await ctx.db
        .deleteFrom('directus_sessions')
        .where('user', '=', userId)
        .where('token', '!=', options.keepSession)
        .execute();
    }
  }
  return changed;
}
