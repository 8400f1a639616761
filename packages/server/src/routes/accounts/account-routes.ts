import { type AuthRuntime, createAccountRuntime } from '@plinth/services';
import type { FastifyInstance } from 'fastify';
import type { AuthCookies } from '../../auth/auth-cookies.js';
import { type EnvForAccounts, toAccountRuntimeOptions } from '../../auth/to-account-runtime-options.js';
import { createAccountAuthRoutes } from './account-auth-routes.js';
import { createAccountUserRoutes } from './account-user-routes.js';
import { createUsersAdminRoutes } from './users-admin-routes.js';

/** Options of {@link createAccountRoutes}. */
export interface AccountRoutesConfig {
  auth: AuthRuntime;
  cookies: AuthCookies;
  env: EnvForAccounts;
}

/**
 * Everything about accounts beyond logging in: password reset, magic links, two-factor, the own
 * profile, invitations, registration and the admin `/users` routes. Makes the mailer (closed with the
 * app); mail that fails in the background is logged.
 */
export function createAccountRoutes(config: AccountRoutesConfig) {
  return async function accountRoutes(app: FastifyInstance): Promise<void> {
    const accounts = createAccountRuntime({
      ...toAccountRuntimeOptions(config.env),
      onMailError: (error, template) => app.log.error({ err: error, template }, 'sending an email failed'),
    });
    app.addHook('onClose', async () => accounts.mailer.close());
    const options = { auth: config.auth, accounts, cookies: config.cookies };
    await app.register(createAccountAuthRoutes(options));
    await app.register(createAccountUserRoutes(options));
    await app.register(createUsersAdminRoutes(options));
  };
}
