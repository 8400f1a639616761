import { InvalidPayloadError } from '@plinth/errors';
import { type AuthRuntime, loginWithLdap } from '@plinth/services';
import type { FastifyInstance } from 'fastify';
import type { AuthCookies } from '../../auth/auth-cookies.js';
import { requestOrigin } from '../../auth/request-origin.js';
import type { LdapSsoProvider } from '../../auth/sso/sso-provider.js';
import { asObject, parseMode } from './parse-auth-body.js';
import { sendTokens } from './send-tokens.js';

/** What the LDAP login route of one provider needs. */
export interface SsoLdapRouteOptions {
  provider: LdapSsoProvider;
  auth: AuthRuntime;
  cookies: AuthCookies;
}

function requiredText(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  if (value === undefined || value === null)
    throw new InvalidPayloadError({ reason: `"${key}" is required` });
  if (typeof value !== 'string') throw new InvalidPayloadError({ reason: `"${key}" must be a string` });
  return value;
}

/**
 * `POST /auth/login/<name> {identifier, password, mode?, otp?}` for an LDAP provider: answered like
 * the email login, in the json (default), cookie or session mode.
 */
export function createSsoLdapRoute(options: SsoLdapRouteOptions) {
  const { provider, auth, cookies } = options;
  return async function ssoLdapRoute(app: FastifyInstance): Promise<void> {
    app.post(
      `/auth/login/${provider.name}`,
      { config: { skipAuthentication: true } },
      async (request, reply) => {
        const body = asObject(request.body);
        const identifier = requiredText(body, 'identifier');
        const password = requiredText(body, 'password');
        const otp = body['otp'] === undefined || body['otp'] === null ? undefined : requiredText(body, 'otp');
        const mode = parseMode(body) ?? 'json';
        const tokens = await loginWithLdap(
          { ...request.ctx, auth },
          { identifier, password, otp },
          { ldap: provider.ldap, policy: provider.policy },
          { mode, ...requestOrigin(request) },
        );
        return sendTokens(reply, tokens, cookies);
      },
    );
  };
}
