import { InvalidPayloadError } from '@plinth/errors';
import { stall } from '../auth/lib/stall.js';
import { DEFAULT_PROVIDER } from '../auth/login-with-password.js';
import type { AccountContext } from './account-runtime.js';
import { digest } from './lib/digest.js';
import { findAccountByEmail } from './lib/find-account.js';
import { isUrlAllowed } from './lib/is-url-allowed.js';
import { linkWithToken, publicLink } from './lib/link-with-token.js';
import { signScopedToken } from './lib/scoped-token.js';
import { sendAccountMailInBackground } from './lib/send-account-mail.js';

/** The body of `POST /auth/password/request`. */
export interface PasswordResetRequest {
  email: string;
  /** Where the link points instead of the app's reset page; must be on the allow list. */
  resetUrl?: string | undefined;
}

/**
 * `POST /auth/password/request`: emails an active local user a link to choose a new password. The link
 * carries a token (scope `password-reset`) bound to a digest of the current password hash, so it dies
 * once any new password is set. Unknown emails, other providers and inactive users are silently skipped,
 * and every call takes at least `LOGIN_STALL_TIME`, so the answer never tells which emails exist.
 *
 * @throws INVALID_PAYLOAD when `resetUrl` is not on `PASSWORD_RESET_URL_ALLOW_LIST`.
 */
export async function requestPasswordReset(ctx: AccountContext, input: PasswordResetRequest): Promise<void> {
  const startedAt = performance.now();
  const { settings } = ctx.accounts;
  if (input.resetUrl !== undefined && !isUrlAllowed(input.resetUrl, settings.passwordResetUrlAllowList)) {
    throw new InvalidPayloadError({ reason: `URL "${input.resetUrl}" can't be used to reset passwords` });
  }
  const account = await findAccountByEmail(ctx.db, input.email);
  if (account && account.status === 'active' && account.provider === DEFAULT_PROVIDER) {
    const token = await signScopedToken(
      { scope: 'password-reset', email: account.email, hash: digest(account.password) },
      ctx.auth.signingKey,
      settings.passwordResetTtl,
    );
    const base = input.resetUrl ?? publicLink(settings.publicUrl, '/admin/reset-password');
    sendAccountMailInBackground(ctx.accounts, {
      to: account.email,
      template: 'password-reset',
      url: linkWithToken(base, token),
      ttl: settings.passwordResetTtl,
    });
  }
  await stall(ctx.auth.settings.loginStallTime, startedAt);
}
