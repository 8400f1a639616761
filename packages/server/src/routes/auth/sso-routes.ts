import type { PlinthEnv } from '@plinth/env';
import { InvalidProviderConfigError } from '@plinth/errors';
import type { AuthRuntime } from '@plinth/services';
import type { FastifyInstance } from 'fastify';
import type { AuthCookies } from '../../auth/auth-cookies.js';
import { createLoginFlowCookie } from '../../auth/sso/login-flow-cookie.js';
import type { MisconfiguredSsoProvider } from '../../auth/sso/sso-provider.js';
import { toSsoProviders } from '../../auth/sso/to-sso-providers.js';
import { createSsoLdapRoute } from './sso-ldap-route.js';
import { createSsoRedirectRoutes } from './sso-redirect-routes.js';

/** Options of {@link createSsoRoutes}. */
export interface SsoRoutesOptions {
  auth: AuthRuntime;
  cookies: AuthCookies;
  env: Pick<PlinthEnv, 'AUTH_PROVIDERS' | 'PUBLIC_URL' | 'raw'>;
}

/** Every login route of a misconfigured provider says so (503) instead of being missing. */
function misconfiguredRoutes(provider: MisconfiguredSsoProvider) {
  return async function misconfigured(app: FastifyInstance): Promise<void> {
    app.log.error({ provider: provider.name, reason: provider.reason }, 'auth provider is misconfigured');
    const refuse = async () => {
      throw new InvalidProviderConfigError({ provider: provider.name, reason: provider.reason });
    };
    const config = { config: { skipAuthentication: true } };
    for (const path of [`/auth/login/${provider.name}`, `/auth/login/${provider.name}/callback`]) {
      app.get(path, config, refuse);
      app.post(path, config, refuse);
    }
  };
}

/**
 * The login routes of the OpenID, OAuth2 and LDAP providers in `AUTH_PROVIDERS`; a provider not listed
 * there has none, so its paths are ROUTE_NOT_FOUND.
 */
export function createSsoRoutes(options: SsoRoutesOptions) {
  const { auth, cookies, env } = options;
  const providers = toSsoProviders(env);
  const secure = env.PUBLIC_URL.toLowerCase().startsWith('https:');
  const flowCookie = createLoginFlowCookie(auth.settings.secret, secure);

  return async function ssoRoutes(app: FastifyInstance): Promise<void> {
    for (const provider of providers) {
      if (provider.kind === 'redirect') {
        await app.register(
          createSsoRedirectRoutes({ provider, auth, cookies, flowCookie, publicUrl: env.PUBLIC_URL }),
        );
      } else if (provider.kind === 'ldap') {
        await app.register(createSsoLdapRoute({ provider, auth, cookies }));
      } else {
        await app.register(misconfiguredRoutes(provider));
      }
    }
  };
}
