import { RequestsExceededError } from '@plinth/errors';
import type { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { createLimiter } from './create-limiter.js';

/**
 * Who is trying to log in: the account name as typed (lower-cased) and the client IP. A redirect-login
 * callback has no account until the provider answered, so it counts against its IP alone (null account).
 */
export interface LoginAttemptKeys {
  account: string | null;
  ip: string | null;
}

/**
 * Limits login attempts per account and per IP. Every attempt takes a point up front (so parallel
 * guesses cannot slip past the count); a successful one gives them back. Once a key has used its
 * points, its attempts are refused with 429 before any password is checked.
 */
export interface LoginThrottle {
  /** Takes a point from both keys. @throws REQUESTS_EXCEEDED when either has none left. */
  begin(keys: LoginAttemptKeys): Promise<void>;
  /** The attempt succeeded: the account's failures are forgotten and the IP gets its point back. */
  succeeded(keys: LoginAttemptKeys): Promise<void>;
}

/** Options of {@link createLoginThrottle}. */
export interface LoginThrottleOptions {
  /** Attempts per account per window; `0` turns the account limit off. @default 10 */
  accountPoints?: number;
  /** Attempts per IP per window; `0` turns the IP limit off. @default 50 */
  ipPoints?: number;
  /** The window in milliseconds. @default 900000 (15 min) */
  duration?: number;
  /** Shares the counts between instances. @default in memory */
  redis?: Redis | undefined;
  /** Namespace of the keys (in Redis). @default 'plinth-login' */
  keyPrefix?: string;
}

function toRefusal(limiter: RateLimiterAbstract, rejection: unknown): unknown {
  if (!(rejection instanceof RateLimiterRes)) return rejection;
  return new RequestsExceededError({
    limit: limiter.points,
    reset: new Date(Date.now() + rejection.msBeforeNext),
  });
}

/** Creates a {@link LoginThrottle}; one per server. */
export function createLoginThrottle(options: LoginThrottleOptions = {}): LoginThrottle {
  const duration = options.duration ?? 15 * 60_000;
  const prefix = options.keyPrefix ?? 'plinth-login';
  const make = (name: string, points: number) =>
    points > 0
      ? createLimiter({ keyPrefix: `${prefix}-${name}`, points, duration, redis: options.redis })
      : null;
  const byAccount = make('account', options.accountPoints ?? 10);
  const byIp = make('ip', options.ipPoints ?? 50);

  async function take(limiter: RateLimiterAbstract | null, key: string | null) {
    if (!limiter || key === null) return;
    await limiter.consume(key).catch((rejection: unknown) => {
      throw toRefusal(limiter, rejection);
    });
  }

  return {
    async begin(keys) {
      await take(byIp, keys.ip);
      await take(byAccount, keys.account);
    },
    async succeeded(keys) {
      if (byAccount && keys.account !== null) await byAccount.delete(keys.account);
      if (byIp && keys.ip !== null) await byIp.reward(keys.ip);
    },
  };
}
