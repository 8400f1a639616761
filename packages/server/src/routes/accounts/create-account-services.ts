import {
  type AccountRuntime,
  createAccountRuntime,
  createRequestLimiter,
  type RequestLimiter,
} from '@plinth/services';
import type { FastifyInstance } from 'fastify';
import { toAccountRuntimeOptions } from '../../auth/to-account-runtime-options.js';
import type { AccountRoutesConfig } from './account-routes.js';

/** What the account flows share between the REST routes and GraphQL. */
export interface AccountServices {
  accounts: AccountRuntime;
  /** Limits registrations per IP (`RATE_LIMITER_REGISTRATION_*`); absent when disabled. */
  registrationLimiter: RequestLimiter | undefined;
}

/**
 * Makes the account runtime (its mailer closed with `app`; mail that fails in the background is
 * logged) and the registration limiter.
 */
export function createAccountServices(app: FastifyInstance, config: AccountRoutesConfig): AccountServices {
  const accounts = createAccountRuntime({
    ...toAccountRuntimeOptions(config.env),
    onMailError: (error, template) => app.log.error({ err: error, template }, 'sending an email failed'),
  });
  app.addHook('onClose', async () => accounts.mailer.close());
  const { env } = config;
  const registrationLimiter = env.RATE_LIMITER_REGISTRATION_ENABLED
    ? createRequestLimiter({
        keyPrefix: 'plinth-registration',
        points: env.RATE_LIMITER_REGISTRATION_POINTS,
        duration: env.RATE_LIMITER_REGISTRATION_DURATION,
        redis: config.redis,
      })
    : undefined;
  return { accounts, registrationLimiter };
}
