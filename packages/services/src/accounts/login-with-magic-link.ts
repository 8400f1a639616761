import { ForbiddenError, InvalidOtpError } from '@plinth/errors';
import type { AuthMode, LoginTokens } from '../auth/auth-context.js';
import { issueLogin } from '../auth/issue-login.js';
import type { RequestOrigin } from '../auth/lib/request-origin.js';
import { DEFAULT_PROVIDER } from '../auth/login-with-password.js';
import { verifyOtp } from '../auth/otp.js';
import type { AccountContext } from './account-runtime.js';
import { findAccountById } from './lib/find-account.js';
import { fetchLastAccess, lastAccessDigest, moveLastAccess } from './lib/last-access.js';
import { verifyScopedToken } from './lib/scoped-token.js';

/** The body of `POST /auth/magic-link/login`. */
export interface MagicLinkLoginInput {
  token: string;
  /** The current TOTP code, for users with two-factor on: a mailbox alone is not a second factor. */
  otp?: string | undefined;
}

/**
 * `POST /auth/magic-link/login` (a Plinth extension): logs in with the token of a magic-link email and
 * answers like `/auth/login`. The token is spent by moving `last_access` away from the value it was
 * issued against, only if it still holds that value (a compare-and-set), so two uses cannot both
 * succeed.
 *
 * @throws INVALID_TOKEN, TOKEN_EXPIRED as for reset tokens; FORBIDDEN when magic links are off, for a
 * token of another scope or one already used; INVALID_OTP for a user with two-factor and no right code;
 * USER_SUSPENDED / INVALID_CREDENTIALS for a user who may no longer log in.
 */
export async function loginWithMagicLink(
  ctx: AccountContext,
  input: MagicLinkLoginInput,
  options: RequestOrigin & { mode: AuthMode },
): Promise<LoginTokens> {
  if (!ctx.accounts.settings.magicLinkEnabled) throw new ForbiddenError();
  const claims = await verifyScopedToken(input.token, ctx.auth.signingKey, 'magic-link');
  if (typeof claims['id'] !== 'string' || typeof claims['last_access'] !== 'string')
    throw new ForbiddenError();
  const account = await findAccountById(ctx.db, claims['id']);
  if (!account || account.provider !== DEFAULT_PROVIDER) throw new ForbiddenError();
  const lastAccess = await fetchLastAccess(ctx.db, account.id);
  if (lastAccessDigest(lastAccess) !== claims['last_access']) throw new ForbiddenError();

  const row = await ctx.db
    .selectFrom('directus_users')
    .select('tfa_secret')
    .where('id', '=', account.id)
    .executeTakeFirst();
  const tfaSecret = row?.tfa_secret ? String(row.tfa_secret) : null;
  if (tfaSecret !== null && !verifyOtp(tfaSecret, input.otp)) throw new InvalidOtpError();

  if (!(await moveLastAccess(ctx.db, account.id, lastAccess))) throw new ForbiddenError();
  const tokens = await issueLogin(ctx, account, { ...options, provider: DEFAULT_PROVIDER });
  // The login wrote `last_access` again; on a whole-second column it can land back on the old value.
  await moveLastAccess(ctx.db, account.id, lastAccess);
  return tokens;
}
