import { InvalidCredentialsError, InvalidPayloadError } from '@plinth/errors';
import { Secret, TOTP } from 'otpauth';
import type { AuthContext } from '../../auth/auth-context.js';
import { DEFAULT_PROVIDER } from '../../auth/login-with-password.js';
import { createOtpSecret } from '../../auth/otp.js';
import { verifyPassword } from '../../auth/password-hash.js';
import { currentUserId } from '../lib/current-user-id.js';
import { fetchTfaState } from '../lib/fetch-tfa-state.js';

/** What `POST /users/me/tfa/generate` answers: nothing is stored until the user enables it. */
export interface GeneratedTfaSecret {
  secret: string;
  /** For the QR code authenticator apps scan. */
  otpauth_url: string;
}

/**
 * `POST /users/me/tfa/generate`: a new TOTP secret and its `otpauth://` URL for the calling user. Local
 * users confirm with their password.
 *
 * @throws INVALID_CREDENTIALS when nobody is logged in or the password is wrong; INVALID_PAYLOAD when the
 * password is missing or two-factor is already on.
 */
export async function generateTfaSecret(
  ctx: AuthContext,
  input: { password?: string | undefined },
  options: { issuer: string },
): Promise<GeneratedTfaSecret> {
  const user = await fetchTfaState(ctx.db, currentUserId(ctx));
  if (user.provider === DEFAULT_PROVIDER) {
    if (input.password === undefined) throw new InvalidPayloadError({ reason: '"password" is required' });
    if (user.password === null || !(await verifyPassword(user.password, input.password))) {
      throw new InvalidCredentialsError();
    }
  }
  if (user.tfaSecret !== null) {
    throw new InvalidPayloadError({ reason: 'TFA Secret is already set for this user' });
  }
  const secret = createOtpSecret();
  const totp = new TOTP({
    issuer: options.issuer,
    label: user.email ?? user.id,
    secret: Secret.fromBase32(secret),
  });
  return { secret, otpauth_url: totp.toString() };
}
