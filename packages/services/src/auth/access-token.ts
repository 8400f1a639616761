import { InvalidTokenError } from '@plinth/errors';
import { decodeJwt } from 'jose';
import { signToken, TOKEN_ISSUER, verifyToken } from './lib/signed-token.js';

/** The `iss` of every access token; clients and the wire protocol key on it. */
export const ACCESS_TOKEN_ISSUER = TOKEN_ISSUER;

/** The claims of an access token. Hooks on `auth.jwt` may add their own keys. */
export interface AccessTokenClaims {
  /** The user's id; absent for share tokens. */
  id?: string;
  role: string | null;
  app_access: boolean;
  admin_access: boolean;
  /** The session's refresh token, in session mode: the session row must still be live. */
  session?: string;
  /** The share the token was issued for. */
  share?: string;
  /** Set when a policy requires two-factor and the user has not set it up. */
  enforce_tfa?: boolean;
  [claim: string]: unknown;
}

/** The HMAC key for HS256, made once from `SECRET`. */
export function toSigningKey(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/** Signs an HS256 access token with `iss`, `iat` and `exp` (now + `ttl` milliseconds). */
export function signAccessToken(claims: AccessTokenClaims, key: Uint8Array, ttl: number): Promise<string> {
  return signToken(claims, key, ttl);
}

/**
 * Whether `token` claims to be one of our access tokens (a JWT whose unverified `iss` is ours). Anything
 * else a client sends is a static token.
 */
export function isAccessToken(token: string): boolean {
  // Most static tokens are not even shaped like a JWT; saying so needs no decoding (and no exception).
  if (token.split('.').length !== 3) return false;
  try {
    return decodeJwt(token).iss === ACCESS_TOKEN_ISSUER;
  } catch {
    return false;
  }
}

function hasRequiredClaims(payload: Record<string, unknown>): payload is AccessTokenClaims {
  return (
    (payload['role'] === null || typeof payload['role'] === 'string') &&
    typeof payload['app_access'] === 'boolean' &&
    typeof payload['admin_access'] === 'boolean' &&
    (payload['id'] === undefined || typeof payload['id'] === 'string') &&
    (payload['session'] === undefined || typeof payload['session'] === 'string') &&
    (payload['share'] === undefined || typeof payload['share'] === 'string')
  );
}

/** Options of {@link verifyAccessToken}. */
export interface VerifyAccessTokenOptions {
  /**
   * Accept a token past its `exp` (signature, issuer and claims still checked): for ending the session
   * an expired session cookie names.
   * @default false
   */
  ignoreExpiration?: boolean;
}

/**
 * Verifies an access token: HS256 only (so `alg: none` and key confusion are refused), our issuer, not
 * expired, and the claims every token carries.
 *
 * @throws TOKEN_EXPIRED (401) when it has expired; INVALID_TOKEN (403) for anything else wrong with it.
 */
export async function verifyAccessToken(
  token: string,
  key: Uint8Array,
  options: VerifyAccessTokenOptions = {},
): Promise<AccessTokenClaims> {
  const payload = await verifyToken(token, key, options);
  if (!hasRequiredClaims(payload)) throw new InvalidTokenError();
  return payload;
}
