import { EnvError } from '../env-error.js';

/**
 * Checks that need more than one setting: a Redis-backed store without Redis, or a default page
 * size larger than the maximum. Caught here, they fail at boot instead of on the first request.
 */
export function assertConsistentSettings(values: Readonly<Record<string, unknown>>, hint: string): void {
  const hasRedis = values['REDIS'] !== undefined || values['REDIS_HOST'] !== undefined;
  for (const variable of ['CACHE_STORE', 'RATE_LIMITER_STORE']) {
    if (values[variable] === 'redis' && !hasRedis) {
      throw new EnvError({
        variable,
        accepted: 'memory, or redis once REDIS or REDIS_HOST is set',
        received: '"redis"',
        hint,
      });
    }
  }
  if (values['REDIS_ENABLED'] === true && !hasRedis) {
    throw new EnvError({
      variable: 'REDIS_ENABLED',
      accepted: 'false until REDIS or REDIS_HOST is set',
      received: '"true"',
      hint,
    });
  }
  const limitDefault = values['QUERY_LIMIT_DEFAULT'];
  const limitMax = values['QUERY_LIMIT_MAX'];
  if (typeof limitDefault === 'number' && typeof limitMax === 'number' && limitDefault > limitMax) {
    throw new EnvError({
      variable: 'QUERY_LIMIT_DEFAULT',
      accepted: `an integer no larger than QUERY_LIMIT_MAX (${limitMax})`,
      received: JSON.stringify(String(limitDefault)),
      hint,
    });
  }
}
