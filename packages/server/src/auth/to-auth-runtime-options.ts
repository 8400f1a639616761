import type { PlinthEnv } from '@plinth/env';
import { type AuthRuntimeOptions, defaultAuthSettings } from '@plinth/services';

type EnvForAuth = Pick<
  PlinthEnv,
  | 'SECRET'
  | 'ACCESS_TOKEN_TTL'
  | 'REFRESH_TOKEN_TTL'
  | 'SESSION_COOKIE_TTL'
  | 'SESSION_REFRESH_GRACE_PERIOD'
  | 'LOGIN_STALL_TIME'
  | 'CACHE_SYSTEM_TTL'
  | 'HASH_TYPE'
  | 'HASH_MEMORY_COST'
  | 'HASH_TIME_COST'
  | 'HASH_PARALLELISM'
  | 'HASH_LENGTH'
  | 'HASH_ASSOCIATED_DATA'
  | 'LOGIN_THROTTLE_ACCOUNT_POINTS'
  | 'LOGIN_THROTTLE_IP_POINTS'
  | 'LOGIN_THROTTLE_DURATION'
>;

/** The auth runtime's settings and login throttle, from the settings of the same names. */
export function toAuthRuntimeOptions(env: EnvForAuth): Pick<AuthRuntimeOptions, 'settings' | 'throttle'> {
  return {
    settings: {
      secret: env.SECRET,
      accessTokenTtl: env.ACCESS_TOKEN_TTL,
      refreshTokenTtl: env.REFRESH_TOKEN_TTL,
      sessionTtl: env.SESSION_COOKIE_TTL,
      sessionRefreshGracePeriod: env.SESSION_REFRESH_GRACE_PERIOD,
      loginStallTime: env.LOGIN_STALL_TIME,
      accessCacheTtl: env.CACHE_SYSTEM_TTL ?? defaultAuthSettings.accessCacheTtl,
      passwordHash: {
        type: env.HASH_TYPE as 0 | 1 | 2,
        memoryCost: env.HASH_MEMORY_COST,
        timeCost: env.HASH_TIME_COST,
        parallelism: env.HASH_PARALLELISM,
        hashLength: env.HASH_LENGTH,
        ...(env.HASH_ASSOCIATED_DATA === undefined ? {} : { associatedData: env.HASH_ASSOCIATED_DATA }),
      },
    },
    throttle: {
      accountPoints: env.LOGIN_THROTTLE_ACCOUNT_POINTS,
      ipPoints: env.LOGIN_THROTTLE_IP_POINTS,
      duration: env.LOGIN_THROTTLE_DURATION,
    },
  };
}
