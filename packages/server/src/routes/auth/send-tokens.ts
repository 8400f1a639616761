import type { LoginTokens } from '@plinth/services';
import type { FastifyReply } from 'fastify';
import type { AuthCookies } from '../../auth/auth-cookies.js';

/**
 * Hands a login's or refresh's tokens to the client as its mode says: json puts both tokens in the
 * body; cookie puts the refresh token in its httpOnly cookie; session puts the access token in the
 * session cookie and only `expires` in the body.
 */
export function sendTokens(reply: FastifyReply, tokens: LoginTokens, cookies: AuthCookies) {
  const { accessToken, refreshToken, expires } = tokens;
  if (tokens.mode === 'session') {
    reply.setCookie(cookies.session.name, accessToken, cookies.session.options);
    return { data: { expires } };
  }
  if (tokens.mode === 'cookie') {
    reply.setCookie(cookies.refresh.name, refreshToken, cookies.refresh.options);
    return { data: { access_token: accessToken, expires } };
  }
  return { data: { access_token: accessToken, refresh_token: refreshToken, expires } };
}
