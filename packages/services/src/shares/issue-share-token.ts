import { type AccessTokenClaims, signAccessToken } from '../auth/access-token.js';
import type { AuthContext, AuthMode } from '../auth/auth-context.js';

/**
 * Signs the access token of a share login or refresh: no user, no role, no access flags, the share's
 * id in `share`, and in session mode the session's refresh token in `session`. Session-mode tokens live
 * as long as the session cookie.
 */
export async function issueShareToken(
  ctx: Pick<AuthContext, 'auth'>,
  share: string,
  options: { mode: AuthMode; refreshToken: string },
): Promise<{ accessToken: string; expires: number }> {
  const claims: AccessTokenClaims = { role: null, app_access: false, admin_access: false, share };
  if (options.mode === 'session') claims.session = options.refreshToken;
  const { settings } = ctx.auth;
  const expires = options.mode === 'session' ? settings.sessionTtl : settings.accessTokenTtl;
  return { accessToken: await signAccessToken(claims, ctx.auth.signingKey, expires), expires };
}
