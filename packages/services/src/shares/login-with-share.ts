import { InvalidCredentialsError } from '@plinth/errors';
import type { AuthContext, AuthMode, LoginTokens } from '../auth/auth-context.js';
import { expiresIn } from '../auth/lib/expires-in.js';
import type { RequestOrigin } from '../auth/lib/request-origin.js';
import { verifyPassword } from '../auth/password-hash.js';
import { createRefreshToken } from '../auth/refresh-token.js';
import { createSession } from '../auth/sessions/create-session.js';
import { purgeExpiredSessions } from '../auth/sessions/purge-expired-sessions.js';
import { withTransaction } from '../context/with-transaction.js';
import { fetchShareLogin, isWithinDates } from './fetch-share-login.js';
import { issueShareToken } from './issue-share-token.js';

/** The body of `POST /shares/auth`. */
export interface ShareLoginInput {
  share: string;
  password?: string | undefined;
}

/** Options of {@link loginWithShare}: how to hand out the tokens, and where the request came from. */
export interface ShareLoginOptions extends RequestOrigin {
  mode: AuthMode;
}

/**
 * `POST /shares/auth`: logs in with a share. The share must exist, be inside its `date_start`/`date_end`
 * window, have uses left (`times_used < max_uses`) and, when it has a password, be given it. In one
 * transaction the use is counted (atomically, so concurrent logins cannot overspend `max_uses`), a
 * session carrying the share is opened and the share token signed. A wrong password costs no use.
 *
 * @throws INVALID_CREDENTIALS for every refusal, as Directus answers them all.
 */
export async function loginWithShare(
  ctx: AuthContext,
  input: ShareLoginInput,
  options: ShareLoginOptions,
): Promise<LoginTokens> {
  const share = await fetchShareLogin(ctx.db, input.share);
  if (!share || !isWithinDates(share)) throw new InvalidCredentialsError();
  if (share.maxUses !== null && share.timesUsed >= share.maxUses) throw new InvalidCredentialsError();
  if (share.password !== null && !(await verifyPassword(share.password, input.password ?? ''))) {
    throw new InvalidCredentialsError();
  }
  const { settings } = ctx.auth;
  const refreshToken = createRefreshToken();
  const signed = await withTransaction(ctx, async (trx) => {
    const counted = await trx.db
      .updateTable('directus_shares')
      .set((eb) => ({ times_used: eb(eb.fn.coalesce('times_used', eb.lit(0)), '+', 1) }))
      .where('id', '=', share.id)
      .where((eb) =>
        eb.or([
          eb('max_uses', 'is', null),
          eb(eb.fn.coalesce('times_used', eb.lit(0)), '<', eb.ref('max_uses')),
        ]),
      )
      .executeTakeFirst();
    if (Number(counted.numUpdatedRows) === 0) throw new InvalidCredentialsError();
    await purgeExpiredSessions(trx.db, settings.refreshTokenTtl);
    await createSession(trx.db, {
      token: refreshToken,
      user: null,
      share: share.id,
      expires: expiresIn(settings.refreshTokenTtl),
      ip: options.ip,
      userAgent: options.userAgent,
      origin: options.origin,
    });
    return issueShareToken(ctx, share.id, { mode: options.mode, refreshToken });
  });
  return { mode: options.mode, refreshToken, ...signed };
}
