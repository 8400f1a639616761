import { InvalidTokenError, TokenExpiredError } from '@plinth/errors';
import { errors, type JWTPayload, jwtVerify, SignJWT } from 'jose';

/** The `iss` of every token Plinth signs; clients and the wire protocol key on it. */
export const TOKEN_ISSUER = 'directus';

/** Signs an HS256 token with `iss`, `iat` and `exp` (now + `ttl` milliseconds). */
export function signToken(claims: JWTPayload, key: Uint8Array, ttl: number): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(TOKEN_ISSUER)
    .setIssuedAt()
    .setExpirationTime(Math.floor((Date.now() + ttl) / 1000))
    .sign(key);
}

/** Options of {@link verifyToken}. */
export interface VerifyTokenOptions {
  /** Accept a token past its `exp`; signature and issuer are still checked. @default false */
  ignoreExpiration?: boolean;
}

/**
 * Verifies a token Plinth signed: HS256 only (so `alg: none` and key confusion are refused) and our
 * issuer; returns its claims.
 *
 * @throws TOKEN_EXPIRED (401) when it has expired; INVALID_TOKEN (403) for anything else wrong with it.
 */
export async function verifyToken(
  token: string,
  key: Uint8Array,
  options: VerifyTokenOptions = {},
): Promise<Record<string, unknown>> {
  try {
    return (await jwtVerify(token, key, { issuer: TOKEN_ISSUER, algorithms: ['HS256'] })).payload;
  } catch (error) {
    // jose reports expiry only after the signature and the issuer have checked out.
    if (error instanceof errors.JWTExpired && options.ignoreExpiration) return error.payload;
    if (error instanceof errors.JWTExpired) throw new TokenExpiredError(undefined, { cause: error });
    throw new InvalidTokenError(undefined, { cause: error });
  }
}
