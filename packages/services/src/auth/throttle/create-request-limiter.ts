import { RequestsExceededError } from '@plinth/errors';
import type { Redis } from 'ioredis';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { createLimiter } from './create-limiter.js';

/** A plain rate limit on one kind of request, per key (usually the client IP). */
export interface RequestLimiter {
  /** Takes a point from `key`. @throws REQUESTS_EXCEEDED (with `limit` and `reset`) when none is left. */
  consume(key: string): Promise<void>;
}

/** Options of {@link createRequestLimiter}. */
export interface RequestLimiterOptions {
  /** Separates this limiter's keys from every other's (in Redis). */
  keyPrefix: string;
  /** Requests allowed per window. */
  points: number;
  /** The window in milliseconds. */
  duration: number;
  /** Shares the counts between instances. @default in memory */
  redis?: Redis | undefined;
}

/**
 * Creates a {@link RequestLimiter}, e.g. the one `POST /users/register` goes through
 * (`RATE_LIMITER_REGISTRATION_*`). Every request counts, successful or not.
 */
export function createRequestLimiter(options: RequestLimiterOptions): RequestLimiter {
  const limiter = createLimiter(options);
  return {
    async consume(key) {
      await limiter.consume(key).catch((rejection: unknown) => {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        throw new RequestsExceededError({
          limit: options.points,
          reset: new Date(Date.now() + rejection.msBeforeNext),
        });
      });
    },
  };
}
