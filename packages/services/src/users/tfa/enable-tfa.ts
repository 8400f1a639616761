import { InvalidPayloadError } from '@plinth/errors';
import type { AuthContext } from '../../auth/auth-context.js';
import { verifyOtp } from '../../auth/otp.js';
import { currentUserId } from '../lib/current-user-id.js';
import { fetchTfaState, storeTfaSecret } from '../lib/fetch-tfa-state.js';

/**
 * `POST /users/me/tfa/enable`: stores the secret from `generate` once the user proves their app has it
 * with a current code. From then on logins need an `otp`.
 *
 * @throws INVALID_CREDENTIALS when nobody is logged in; INVALID_PAYLOAD when two-factor is already on
 * or the code does not match the secret.
 */
export async function enableTfa(ctx: AuthContext, input: { secret: string; otp: string }): Promise<void> {
  const user = await fetchTfaState(ctx.db, currentUserId(ctx));
  if (user.tfaSecret !== null) {
    throw new InvalidPayloadError({ reason: 'TFA Secret is already set for this user' });
  }
  if (!verifyOtp(input.secret, input.otp)) throw new InvalidPayloadError({ reason: '"otp" is invalid' });
  await storeTfaSecret(ctx.db, user.id, input.secret);
  ctx.auth.access.invalidateUser(user.id);
}
