import type { Redis } from 'ioredis';
import type { EventBus } from '../events/create-event-bus.js';
import { type AccessCache, createAccessCache } from './access/create-access-cache.js';
import { createTokenCache, type TokenCache } from './access/create-token-cache.js';
import { toSigningKey } from './access-token.js';
import { type AuthSettings, defaultAuthSettings } from './auth-settings.js';
import { createDummyPasswordHash } from './password-hash.js';
import { createFailureCounter, type FailureCounter } from './throttle/create-failure-counter.js';
import {
  createLoginThrottle,
  type LoginThrottle,
  type LoginThrottleOptions,
} from './throttle/create-login-throttle.js';

/**
 * The long-lived parts every auth flow shares, made once per server: settings, the signing key, the
 * access cache, the login throttle and failure counter. Services find it as `ctx.auth`.
 */
export interface AuthRuntime {
  settings: Readonly<AuthSettings>;
  /** HS256 key derived from `settings.secret`. */
  signingKey: Uint8Array;
  access: AccessCache;
  /** Access tokens that verified, until they expire. */
  verifiedTokens: TokenCache;
  throttle: LoginThrottle;
  failures: FailureCounter;
  /** The hash unknown emails are verified against: made on first use (not at boot), with the configured costs. */
  dummyPasswordHash(): Promise<string>;
  /** Stops listening to the event bus. */
  close(): void;
}

/** Options of {@link createAuthRuntime}. */
export interface AuthRuntimeOptions {
  /** The secret and whichever settings differ from {@link defaultAuthSettings}. */
  settings: Pick<AuthSettings, 'secret'> & Partial<AuthSettings>;
  /** Announces user, role, policy and access changes, which drop cached access. */
  events?: EventBus;
  /** Shares throttling and failure counts between instances. @default in memory */
  redis?: Redis | undefined;
  /** Per-account and per-IP login limits. @default 10 per account, 50 per IP, per 15 minutes */
  throttle?: Omit<LoginThrottleOptions, 'redis'>;
}

/** Creates the {@link AuthRuntime} of one server. */
export function createAuthRuntime(options: AuthRuntimeOptions): AuthRuntime {
  const settings = Object.freeze({ ...defaultAuthSettings, ...options.settings });
  const access = createAccessCache({
    ttl: settings.accessCacheTtl,
    ...(options.events ? { events: options.events } : {}),
  });
  let dummy: Promise<string> | undefined;
  const dummyPasswordHash = () => {
    dummy ??= createDummyPasswordHash(settings.passwordHash);
    return dummy;
  };
  return {
    settings,
    signingKey: toSigningKey(settings.secret),
    access,
    verifiedTokens: createTokenCache(),
    throttle: createLoginThrottle({ ...options.throttle, redis: options.redis }),
    failures: createFailureCounter({ redis: options.redis }),
    dummyPasswordHash,
    close: () => access.close(),
  };
}
