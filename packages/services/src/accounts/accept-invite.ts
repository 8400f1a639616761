import { InvalidInviteError } from '@plinth/errors';
import { withTransaction } from '../context/with-transaction.js';
import type { AccountContext } from './account-runtime.js';
import { assertPasswordPolicy } from './lib/assert-password-policy.js';
import { changePassword } from './lib/change-password.js';
import { findAccountByEmail } from './lib/find-account.js';
import { verifyScopedToken } from './lib/scoped-token.js';

/**
 * `POST /users/invite/accept`: an invited user chooses their password and becomes active. Works once,
 * because only an `invited` user can accept.
 *
 * @throws INVALID_TOKEN, TOKEN_EXPIRED, FORBIDDEN (another scope) for the token; INVALID_INVITE when the
 * user is no longer invited; FAILED_VALIDATION when the password breaks the policy.
 */
export async function acceptInvite(
  ctx: AccountContext,
  input: { token: string; password: string },
): Promise<void> {
  const claims = await verifyScopedToken(input.token, ctx.auth.signingKey, 'invite');
  const email = claims['email'];
  const account = typeof email === 'string' ? await findAccountByEmail(ctx.db, email) : undefined;
  if (!account || account.status !== 'invited') throw new InvalidInviteError();
  await assertPasswordPolicy(ctx.db, input.password);
  const accepted = await withTransaction(ctx, async (trx) => {
    const invited = await trx.db
      .selectFrom('directus_users')
      .select('id')
      .where('id', '=', account.id)
      .where('status', '=', 'invited')
      .executeTakeFirst();
    if (!invited) return false;
    return changePassword({ ...trx, auth: ctx.auth }, account.id, input.password, {
      set: { status: 'active' },
      expectedHash: account.password,
    });
  });
  if (!accepted) throw new InvalidInviteError();
  ctx.auth.access.invalidateUser(account.id);
}
