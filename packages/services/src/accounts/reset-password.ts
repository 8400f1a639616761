import { ForbiddenError } from '@plinth/errors';
import { DEFAULT_PROVIDER } from '../auth/login-with-password.js';
import { withTransaction } from '../context/with-transaction.js';
import type { AccountContext } from './account-runtime.js';
import { assertPasswordPolicy } from './lib/assert-password-policy.js';
import { changePassword } from './lib/change-password.js';
import { digest } from './lib/digest.js';
import { findAccountByEmail } from './lib/find-account.js';
import { verifyScopedToken } from './lib/scoped-token.js';

/**
 * `POST /auth/password/reset`: sets a new password with the token of a reset email and ends every
 * session of the user. The token works once: it is bound to the password hash it was issued against,
 * and the hash is swapped only if it is still that one.
 *
 * @throws INVALID_TOKEN for a malformed or foreign token; TOKEN_EXPIRED; FORBIDDEN for a token of
 * another scope, one already used, or a user who is no longer an active local user; FAILED_VALIDATION
 * when the password breaks `settings.auth_password_policy`.
 */
export async function resetPassword(
  ctx: AccountContext,
  input: { token: string; password: string },
): Promise<void> {
  const claims = await verifyScopedToken(input.token, ctx.auth.signingKey, 'password-reset');
  if (typeof claims['email'] !== 'string' || typeof claims['hash'] !== 'string') throw new ForbiddenError();
  const claimedHash = claims['hash'];
  const account = await findAccountByEmail(ctx.db, claims['email']);
  if (
    !account ||
    account.status !== 'active' ||
    account.provider !== DEFAULT_PROVIDER ||
    digest(account.password) !== claimedHash
  ) {
    throw new ForbiddenError();
  }
  await assertPasswordPolicy(ctx.db, input.password);
  const changed = await withTransaction(ctx, (trx) =>
    changePassword({ ...trx, auth: ctx.auth }, account.id, input.password, {
      expectedHash: account.password,
    }),
  );
  if (!changed) throw new ForbiddenError();
  ctx.auth.access.invalidateUser(account.id);
}
