import { InvalidOtpError } from '@plinth/errors';
import type { AuthContext, AuthMode, LoginTokens } from '../auth-context.js';
import { issueLogin } from '../issue-login.js';
import type { RequestOrigin } from '../lib/request-origin.js';
import { verifyOtp } from '../otp.js';
import type { ExternalAccountPolicy, ExternalProfile } from './external-profile.js';
import { resolveExternalUser } from './resolve-external-user.js';

/** Options of {@link loginWithExternalProfile}. */
export interface ExternalLoginOptions extends RequestOrigin {
  mode: AuthMode;
  /** The TOTP code, for users with two-factor on (providers vouch for identity, not for the second factor). */
  otp?: string | undefined;
}

/**
 * Logs in the person an external provider vouched for: finds, links or creates their user
 * ({@link resolveExternalUser}), checks the TOTP code of users with two-factor on, then completes the
 * login like every other flow.
 *
 * @throws INVALID_CREDENTIALS when the identity has no user and may not get one, or the user is not
 * active; USER_SUSPENDED for a suspended user; INVALID_OTP for a missing or wrong code.
 */
export async function loginWithExternalProfile(
  ctx: AuthContext,
  profile: ExternalProfile,
  policy: ExternalAccountPolicy,
  options: ExternalLoginOptions,
): Promise<LoginTokens> {
  const user = await resolveExternalUser(ctx, profile, policy);
  if (user.tfaSecret !== null && !verifyOtp(user.tfaSecret, options.otp)) throw new InvalidOtpError();
  const { otp: _otp, ...login } = options;
  return issueLogin(ctx, user, { ...login, provider: policy.provider });
}
