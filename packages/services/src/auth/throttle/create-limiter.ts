import type { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';

/** Options of {@link createLimiter}. */
export interface LimiterOptions {
  /** Separates this limiter's keys from every other's. */
  keyPrefix: string;
  points: number;
  /** Window in milliseconds; 0 keeps counts until they are deleted. */
  duration: number;
  /** Shares counts between instances; memory when absent. */
  redis?: Redis | undefined;
}

/**
 * A rate-limiter-flexible limiter in Redis when a client is given, in memory otherwise. A Redis limiter
 * falls back to memory while Redis fails, so an outage slows nobody's login into a 500.
 */
export function createLimiter(options: LimiterOptions): RateLimiterAbstract {
  const base = {
    keyPrefix: options.keyPrefix,
    points: options.points,
    duration: Math.ceil(options.duration / 1000),
  };
  if (!options.redis) return new RateLimiterMemory(base);
  return new RateLimiterRedis({
    ...base,
    storeClient: options.redis,
    insuranceLimiter: new RateLimiterMemory(base),
  });
}
