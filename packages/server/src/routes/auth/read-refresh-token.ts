import { InvalidPayloadError } from '@plinth/errors';
import { type AuthMode, type AuthRuntime, verifyAccessToken } from '@plinth/services';
import type { FastifyRequest } from 'fastify';
import type { AuthCookies } from '../../auth/auth-cookies.js';
import { bodyRefreshToken } from './parse-auth-body.js';

/**
 * The refresh token a refresh or logout works on, from where `mode` says: the body (json), the refresh
 * cookie (cookie), or the `session` claim of the session cookie's access token (session; signature
 * checked, expiry not, so an expired cookie can still end its session).
 *
 * @throws INVALID_PAYLOAD when there is none; INVALID_TOKEN for a session cookie that does not verify.
 */
export async function readRefreshToken(
  request: FastifyRequest,
  body: Record<string, unknown>,
  mode: AuthMode,
  context: { auth: AuthRuntime; cookies: AuthCookies },
): Promise<string> {
  let token: string | undefined;
  if (mode === 'json') token = bodyRefreshToken(body);
  if (mode === 'cookie') token = request.cookies[context.cookies.refresh.name] || undefined;
  if (mode === 'session') {
    const cookie = request.cookies[context.cookies.session.name];
    if (cookie) {
      const claims = await verifyAccessToken(cookie, context.auth.signingKey, { ignoreExpiration: true });
      token = claims.session;
    }
  }
  if (!token) {
    throw new InvalidPayloadError({
      reason: 'The refresh token is required in either the payload or cookie',
    });
  }
  return token;
}
