import { withTransaction } from '../context/with-transaction.js';
import { fetchUserAccess } from './access/fetch-user-access.js';
import type { AuthContext, AuthMode, LoginTokens } from './auth-context.js';
import { issueAccessToken } from './issue-access-token.js';
import { assertLoginAllowed } from './lib/assert-login-allowed.js';
import { eventContext } from './lib/event-context.js';
import { expiresIn } from './lib/expires-in.js';
import { recordLogin } from './lib/record-login.js';
import type { RequestOrigin } from './lib/request-origin.js';
import { createRefreshToken } from './refresh-token.js';
import { createSession } from './sessions/create-session.js';
import { purgeExpiredSessions } from './sessions/purge-expired-sessions.js';

/** Options of {@link issueLogin}: how to hand out the tokens, and where the request came from. */
export interface IssueLoginOptions extends RequestOrigin {
  mode: AuthMode;
  /** The provider that vouched for the user, for the `auth.login` event. @default the user's own */
  provider?: string;
}

/**
 * Completes a login for a user whose identity is already proven (by password, LDAP bind, OpenID
 * callback, magic link, ...): in one transaction, purges expired sessions, opens a session (stored
 * hashed), records the `login` activity and `last_access`; then signs the access token and announces
 * `auth.login`. Every login flow ends here.
 *
 * @throws USER_SUSPENDED for a suspended user; INVALID_CREDENTIALS for a missing or otherwise inactive one.
 */
export async function issueLogin(
  ctx: AuthContext,
  user: { id: string },
  options: IssueLoginOptions,
): Promise<LoginTokens> {
  const access = await fetchUserAccess(ctx.db, user.id);
  assertLoginAllowed(access);
  const { settings } = ctx.auth;
  const refreshToken = createRefreshToken();
  const signed = await withTransaction(ctx, async (trx) => {
    await purgeExpiredSessions(trx.db, settings.refreshTokenTtl);
    await createSession(trx.db, {
      token: refreshToken,
      user: access.user,
      expires: expiresIn(settings.refreshTokenTtl),
      ip: options.ip,
      userAgent: options.userAgent,
      origin: options.origin,
    });
    await recordLogin(trx.db, access.user, options, { activity: true });
    return issueAccessToken({ ...trx, auth: ctx.auth }, access, {
      mode: options.mode,
      refreshToken,
      origin: options,
    });
  });
  void ctx.events?.emitAction(
    'auth.login',
    { status: 'success', user: access.user, provider: options.provider ?? access.provider },
    eventContext(ctx),
  );
  return { mode: options.mode, refreshToken, ...signed };
}
