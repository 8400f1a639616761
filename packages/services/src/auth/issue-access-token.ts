import { policiesForIp, toAccountability } from './access/to-accountability.js';
import type { UserAccess } from './access/user-access.js';
import { type AccessTokenClaims, signAccessToken } from './access-token.js';
import type { AuthContext, AuthMode } from './auth-context.js';
import { eventContext } from './lib/event-context.js';
import type { RequestOrigin } from './lib/request-origin.js';

/** Options of {@link issueAccessToken}. */
export interface IssueAccessTokenOptions {
  mode: AuthMode;
  /** The session's refresh token; session-mode tokens carry it as their `session` claim. */
  refreshToken: string;
  /** Where the request came from: IP-restricted policies count only when they admit it. */
  origin: RequestOrigin;
}

/**
 * Signs the access token of a login or refresh: the user's role and access flags (advisory; every
 * request recomputes them), `session` in session mode, and `enforce_tfa` when a policy requires
 * two-factor the user has not set up. `auth.jwt` filter hooks may add claims. Session-mode tokens live
 * as long as the session cookie.
 */
export async function issueAccessToken(
  ctx: AuthContext,
  access: UserAccess,
  options: IssueAccessTokenOptions,
): Promise<{ accessToken: string; expires: number }> {
  const accountability = toAccountability(access, options.origin);
  const claims: AccessTokenClaims = {
    id: access.user,
    role: access.role,
    app_access: accountability.app,
    admin_access: accountability.admin,
  };
  if (options.mode === 'session') claims.session = options.refreshToken;
  const enforceTfa = policiesForIp(access, options.origin.ip).some((policy) => policy.enforceTfa);
  if (enforceTfa && !access.hasTfa) claims.enforce_tfa = true;
  const signed = ctx.events
    ? await ctx.events.emitFilter(
        'auth.jwt',
        claims,
        { status: 'pending', user: access.user, provider: access.provider },
        eventContext(ctx),
      )
    : claims;
  const { settings } = ctx.auth;
  const expires = options.mode === 'session' ? settings.sessionTtl : settings.accessTokenTtl;
  return { accessToken: await signAccessToken(signed, ctx.auth.signingKey, expires), expires };
}
