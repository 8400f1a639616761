import type { AccountRuntime, AuthRuntime } from '@plinth/services';
import { loginWithMagicLink, requestMagicLink, requestPasswordReset, resetPassword } from '@plinth/services';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthCookies } from '../../auth/auth-cookies.js';
import { requestOrigin } from '../../auth/request-origin.js';
import { asObject, parseMode } from '../auth/parse-auth-body.js';
import { sendTokens } from '../auth/send-tokens.js';
import { optionalString, requiredEmail, requiredString } from './body-fields.js';

/** What the account routes share. */
export interface AccountRoutesOptions {
  auth: AuthRuntime;
  accounts: AccountRuntime;
  cookies: AuthCookies;
}

// These answer whatever stale token the client still sends, as login does.
const unauthenticated = { config: { skipAuthentication: true } };

/**
 * `POST /auth/password/request|reset` and the magic-link extension `POST /auth/magic-link/request|login`.
 */
export function createAccountAuthRoutes(options: AccountRoutesOptions) {
  const { auth, accounts, cookies } = options;
  const context = (request: FastifyRequest) => ({ ...request.ctx, auth, accounts });

  return async function accountAuthRoutes(app: FastifyInstance): Promise<void> {
    app.post('/auth/password/request', unauthenticated, async (request, reply) => {
      const body = asObject(request.body);
      await requestPasswordReset(context(request), {
        email: requiredEmail(body),
        resetUrl: optionalString(body, 'reset_url'),
      });
      return reply.code(204).send();
    });

    app.post('/auth/password/reset', unauthenticated, async (request, reply) => {
      const body = asObject(request.body);
      await resetPassword(context(request), {
        token: requiredString(body, 'token'),
        password: requiredString(body, 'password'),
      });
      return reply.code(204).send();
    });

    app.post('/auth/magic-link/request', unauthenticated, async (request, reply) => {
      const body = asObject(request.body);
      await requestMagicLink(context(request), {
        email: requiredEmail(body),
        redirectUrl: optionalString(body, 'redirect_url'),
      });
      return reply.code(204).send();
    });

    app.post('/auth/magic-link/login', unauthenticated, async (request, reply) => {
      const body = asObject(request.body);
      const tokens = await loginWithMagicLink(
        context(request),
        { token: requiredString(body, 'token'), otp: optionalString(body, 'otp') },
        { mode: parseMode(body) ?? 'json', ...requestOrigin(request) },
      );
      return sendTokens(reply, tokens, cookies);
    });
  };
}
