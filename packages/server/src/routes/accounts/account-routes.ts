import { type AuthRuntime, createAccountRuntime, createRequestLimiter } from '@plinth/services';
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
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
  /** Shares the registration limiter's counts between instances. @default in memory */
  redis?: Redis | undefined;
}

/**
 * Everything about accounts beyond logging in: password reset, magic links, two-factor, the own
 * profile, invitations, registration (limited per IP by `RATE_LIMITER_REGISTRATION_*`) and the
 * `/users` routes. Makes the mailer (closed with the app); mail that fails in the background is logged.
 */
export function createAccountRoutes(config: AccountRoutesConfig) {
  return async function accountRoutes(app: FastifyInstance): Promise<void> {
    const accounts = createAccountRuntime({
      ...toAccountRuntimeOptions(config.env),
      onMailError: (error, template) => app.log.error({ err: error, template }, 'sending an email failed'),
    });
    app.addHook('onClose', async () => accounts.mailer.close());
    const options = { auth: config.auth, accounts, cookies: config.cookies };
    const { env } = config;
    const registrationLimiter = env.RATE_LIMITER_REGISTRATION_ENABLED
      ? createRequestLimiter({
          keyPrefix: 'plinth-registration',
          points: env.RATE_LIMITER_REGISTRATION_POINTS,
          duration: env.RATE_LIMITER_REGISTRATION_DURATION,
          redis: config.redis,
        })
      : undefined;
    await app.register(createAccountAuthRoutes(options));
    await app.register(createAccountUserRoutes({ ...options, registrationLimiter }));
    await app.register(createUsersAdminRoutes(options));
  };
}
