import type { AuthRuntime } from '@plinth/services';
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import type { AuthCookies } from '../../auth/auth-cookies.js';
import type { EnvForAccounts } from '../../auth/to-account-runtime-options.js';
import { createAccountAuthRoutes } from './account-auth-routes.js';
import { createAccountUserRoutes } from './account-user-routes.js';
import { type AccountServices, createAccountServices } from './create-account-services.js';
import { createUsersAdminRoutes } from './users-admin-routes.js';

/** Options of {@link createAccountRoutes}. */
export interface AccountRoutesConfig {
  auth: AuthRuntime;
  cookies: AuthCookies;
  env: EnvForAccounts;
  /** Shares the registration limiter's counts between instances. @default in memory */
  redis?: Redis | undefined;
}

/**
 * Everything about accounts beyond logging in: password reset, magic links, two-factor, the own
 * profile, invitations, registration (limited per IP by `RATE_LIMITER_REGISTRATION_*`) and the
 * `/users` routes. Uses `services` when given (shared with GraphQL), else makes its own.
 */
export function createAccountRoutes(config: AccountRoutesConfig, services?: AccountServices) {
  return async function accountRoutes(app: FastifyInstance): Promise<void> {
    const { accounts, registrationLimiter } = services ?? createAccountServices(app, config);
    const options = { auth: config.auth, accounts, cookies: config.cookies };
    await app.register(createAccountAuthRoutes(options));
    await app.register(createAccountUserRoutes({ ...options, registrationLimiter }));
    await app.register(createUsersAdminRoutes(options));
  };
}
