import type { PlinthEnv } from '@plinth/env';
import { type AuthRuntime, loginWithPassword, logoutSession, refreshLogin } from '@plinth/services';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthCookies } from '../../auth/auth-cookies.js';
import { listAuthProviders } from '../../auth/list-auth-providers.js';
import { requestOrigin } from '../../auth/request-origin.js';
import { clearAuthCookies } from './clear-auth-cookies.js';
import { asObject, parseLoginBody, resolveTokenMode } from './parse-auth-body.js';
import { readRefreshToken } from './read-refresh-token.js';
import { sendTokens } from './send-tokens.js';

/** Options of {@link createAuthRoutes}. */
export interface AuthRoutesOptions {
  auth: AuthRuntime;
  cookies: AuthCookies;
  env: Pick<PlinthEnv, 'AUTH_PROVIDERS' | 'AUTH_DISABLE_DEFAULT' | 'raw'>;
}

// Logging in, refreshing and logging out must work whatever stale token the client still sends.
const unauthenticated = { config: { skipAuthentication: true } };

/**
 * `POST /auth/login` (email and password; absent when `AUTH_DISABLE_DEFAULT`), `POST /auth/refresh`,
 * `POST /auth/logout` and `GET /auth` (the configured providers).
 */
export function createAuthRoutes(options: AuthRoutesOptions) {
  const { auth, cookies, env } = options;
  const authContext = (request: FastifyRequest) => ({ ...request.ctx, auth });

  return async function authRoutes(app: FastifyInstance): Promise<void> {
    if (!env.AUTH_DISABLE_DEFAULT) {
      app.post('/auth/login', unauthenticated, async (request, reply) => {
        const { mode = 'json', ...credentials } = parseLoginBody(request.body);
        const tokens = await loginWithPassword(authContext(request), credentials, {
          mode,
          ...requestOrigin(request),
        });
        return sendTokens(reply, tokens, cookies);
      });
    }

    app.post('/auth/refresh', unauthenticated, async (request, reply) => {
      const body = asObject(request.body);
      const mode = resolveTokenMode(body);
      const token = await readRefreshToken(request, body, mode, { auth, cookies });
      const tokens = await refreshLogin(authContext(request), token, { mode, ...requestOrigin(request) });
      return sendTokens(reply, tokens, cookies);
    });

    app.post('/auth/logout', unauthenticated, async (request, reply) => {
      const body = asObject(request.body);
      const mode = resolveTokenMode(body);
      const token = await readRefreshToken(request, body, mode, { auth, cookies });
      await logoutSession(authContext(request), token);
      clearAuthCookies(request, reply, cookies);
      return reply.code(204).send();
    });

    app.get<{ Querystring: Record<string, unknown> }>('/auth', unauthenticated, async (request) => {
      const sessionOnly =
        request.query['sessionOnly'] !== undefined && request.query['sessionOnly'] !== 'false';
      return { data: listAuthProviders(env, { sessionOnly }), disableDefault: env.AUTH_DISABLE_DEFAULT };
    });
  };
}
