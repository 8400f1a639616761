import { ForbiddenError, InvalidPayloadError } from '@plinth/errors';
import type { AuthContext } from '../../auth/auth-context.js';
import { verifyOtp } from '../../auth/otp.js';
import { assertAdmin } from '../../context/assert-admin.js';
import { currentUserId } from '../lib/current-user-id.js';
import { fetchTfaState, storeTfaSecret } from '../lib/fetch-tfa-state.js';
import { isUuid } from '../lib/parse-user-payload.js';

/**
 * `POST /users/me/tfa/disable`: turns two-factor off for the calling user, who proves it is them with a
 * current code.
 *
 * @throws INVALID_CREDENTIALS when nobody is logged in; INVALID_PAYLOAD when two-factor is off or the
 * code is wrong.
 */
export async function disableOwnTfa(ctx: AuthContext, input: { otp: string }): Promise<void> {
  const user = await fetchTfaState(ctx.db, currentUserId(ctx));
  if (user.tfaSecret === null) throw new InvalidPayloadError({ reason: 'TFA is not enabled for this user' });
  if (!verifyOtp(user.tfaSecret, input.otp)) throw new InvalidPayloadError({ reason: '"otp" is invalid' });
  await storeTfaSecret(ctx.db, user.id, null);
  ctx.auth.access.invalidateUser(user.id);
}

/**
 * `POST /users/:id/tfa/disable` (admins): turns two-factor off for any user, e.g. one who lost their phone.
 *
 * @throws FORBIDDEN for non-admins and unknown users.
 */
export async function disableUserTfa(ctx: AuthContext, userId: string): Promise<void> {
  assertAdmin(ctx);
  if (!isUuid(userId)) throw new ForbiddenError();
  const user = await fetchTfaState(ctx.db, userId);
  await storeTfaSecret(ctx.db, user.id, null);
  ctx.auth.access.invalidateUser(user.id);
}
