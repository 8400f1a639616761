import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AuthCookies, clearingOptions } from '../../auth/auth-cookies.js';

/** Clears the auth cookies (refresh and session) that the request came with, as a logout does. */
export function clearAuthCookies(request: FastifyRequest, reply: FastifyReply, cookies: AuthCookies): void {
  for (const cookie of [cookies.refresh, cookies.session]) {
    if (request.cookies[cookie.name] !== undefined)
      reply.clearCookie(cookie.name, clearingOptions(cookie.options));
  }
}
