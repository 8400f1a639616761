import type { Redis } from 'ioredis';
import { createLimiter } from './create-limiter.js';

/** Counts a user's consecutive failed logins; a success starts again from zero. */
export interface FailureCounter {
  /** Adds a failure and answers how many there are now in a row. */
  add(userId: string): Promise<number>;
  reset(userId: string): Promise<void>;
}

/**
 * Creates a {@link FailureCounter} (in Redis when given, so every instance counts together). The counts
 * never expire on their own: `settings.auth_login_attempts` is about failures in a row, however slow.
 */
export function createFailureCounter(options: { redis?: Redis | undefined; keyPrefix?: string } = {}) {
  const limiter = createLimiter({
    keyPrefix: options.keyPrefix ?? 'plinth-login-failures',
    points: Number.MAX_SAFE_INTEGER,
    duration: 0,
    redis: options.redis,
  });
  const counter: FailureCounter = {
    add: async (userId) => (await limiter.penalty(userId)).consumedPoints,
    reset: async (userId) => {
      await limiter.delete(userId);
    },
  };
  return counter;
}
