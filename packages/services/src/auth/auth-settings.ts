import type { PasswordHashOptions } from './password-hash.js';

/**
 * How logins, tokens and sessions behave. The server fills it from the settings named in brackets;
 * durations are milliseconds.
 */
export interface AuthSettings {
  /** Key that signs access tokens and derives rotated refresh tokens (`SECRET`). */
  secret: string;
  /** Lifetime of an access token (`ACCESS_TOKEN_TTL`). @default 900000 (15 min) */
  accessTokenTtl: number;
  /** Lifetime of a refresh token and its session row (`REFRESH_TOKEN_TTL`). @default 604800000 (7 d) */
  refreshTokenTtl: number;
  /** Lifetime of the access token in session mode (`SESSION_COOKIE_TTL`). @default 86400000 (1 d) */
  sessionTtl: number;
  /**
   * How long a session-mode token keeps working after it was rotated, for requests already in flight
   * and concurrent refreshes (`SESSION_REFRESH_GRACE_PERIOD`). @default 10000
   */
  sessionRefreshGracePeriod: number;
  /** Least time a failed login takes, so timing does not tell which emails exist (`LOGIN_STALL_TIME`). @default 500 */
  loginStallTime: number;
  /** How long a user's resolved role, policies and flags are reused (`CACHE_SYSTEM_TTL`). @default 5000 */
  accessCacheTtl: number;
  /** argon2 parameters for new password hashes (`HASH_*`). @default argon2id with the library's costs */
  passwordHash: PasswordHashOptions;
}

/** The settings' defaults, everything but the secret. */
export const defaultAuthSettings: Readonly<Omit<AuthSettings, 'secret'>> = Object.freeze({
  accessTokenTtl: 15 * 60_000,
  refreshTokenTtl: 7 * 24 * 60 * 60_000,
  sessionTtl: 24 * 60 * 60_000,
  sessionRefreshGracePeriod: 10_000,
  loginStallTime: 500,
  accessCacheTtl: 5_000,
  passwordHash: {},
});
