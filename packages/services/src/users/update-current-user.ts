import type { Item } from '@plinth/types';
import type { AuthContext } from '../auth/auth-context.js';
import { hashRefreshToken } from '../auth/refresh-token.js';
import { withTransaction } from '../context/with-transaction.js';
import { currentUserId } from './lib/current-user-id.js';
import { OWN_PROFILE_FIELDS, parseUserPayload } from './lib/parse-user-payload.js';
import { writeUserRow } from './lib/write-user-row.js';
import { readCurrentUser } from './read-current-user.js';

/**
 * `PATCH /users/me`: the calling user changes their own profile (names, email, password, language,
 * appearance, avatar, ...; never role, status, static token or provider), in one transaction. A new
 * password ends every other session of the user (the session-mode session the request came with
 * survives). Returns the updated user as `GET /users/me` would, shaped by the query.
 *
 * @throws INVALID_CREDENTIALS when nobody is logged in; FORBIDDEN for a field users may not set on
 * themselves; INVALID_PAYLOAD, FAILED_VALIDATION, RECORD_NOT_UNIQUE for bad values.
 */
export async function updateCurrentUser(
  ctx: AuthContext,
  rawPayload: unknown,
  rawQuery: Record<string, unknown> = {},
): Promise<Item> {
  const userId = currentUserId(ctx);
  const payload = parseUserPayload(rawPayload, OWN_PROFILE_FIELDS);
  const session = ctx.accountability?.session;
  await withTransaction(ctx, (trx) =>
    writeUserRow({ ...trx, auth: ctx.auth }, userId, payload, {
      keepSession: session === undefined ? undefined : hashRefreshToken(session),
    }),
  );
  ctx.auth.access.invalidateUser(userId);
  return readCurrentUser(ctx, rawQuery);
}
