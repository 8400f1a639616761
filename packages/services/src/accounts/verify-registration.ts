import { ForbiddenError } from '@plinth/errors';
import type { AccountContext } from './account-runtime.js';
import { findAccountByEmail } from './lib/find-account.js';
import { verifyScopedToken } from './lib/scoped-token.js';

/**
 * `GET /users/register/verify-email`: activates a self-registered user from the token of their
 * verification email. Works once: only an `unverified` user is activated. Returns the user's id.
 *
 * @throws INVALID_TOKEN, TOKEN_EXPIRED, FORBIDDEN (another scope, or no unverified user for it).
 */
export async function verifyRegistration(ctx: AccountContext, token: string): Promise<string> {
  const claims = await verifyScopedToken(token, ctx.auth.signingKey, 'pending-registration');
  const email = claims['email'];
  const account = typeof email === 'string' ? await findAccountByEmail(ctx.db, email) : undefined;
  if (!account || account.status !== 'unverified') throw new ForbiddenError();
  const result = await ctx.db
    .updateTable('directus_users')
    .set({ status: 'active' })
    .where('id', '=', account.id)
    .where('status', '=', 'unverified')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new ForbiddenError();
  ctx.auth.access.invalidateUser(account.id);
  return account.id;
}
