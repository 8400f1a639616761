import { ForbiddenError, InvalidTokenError, TokenExpiredError } from '@plinth/errors';
import { errors, jwtVerify, SignJWT } from 'jose';
import { ACCESS_TOKEN_ISSUER } from '../../auth/access-token.js';

/** What a link token is for; a token of one scope is refused by every other flow. */
export type TokenScope = 'password-reset' | 'invite' | 'pending-registration' | 'magic-link';

/** The claims of a link token: its scope and whatever the flow binds it to. */
export interface ScopedClaims {
  scope: TokenScope;
  [claim: string]: unknown;
}

/** Signs a link token (HS256 with the server's key) that expires `ttl` milliseconds from now. */
export function signScopedToken(claims: ScopedClaims, key: Uint8Array, ttl: number): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(ACCESS_TOKEN_ISSUER)
    .setIssuedAt()
    .setExpirationTime(Math.floor((Date.now() + ttl) / 1000))
    .sign(key);
}

/**
 * Verifies a link token and checks its scope.
 *
 * @throws INVALID_TOKEN (403) when it is malformed or not signed by us; TOKEN_EXPIRED (401) when it has
 * expired; FORBIDDEN (403) when it was made for another flow.
 */
export async function verifyScopedToken(
  token: string,
  key: Uint8Array,
  scope: TokenScope,
): Promise<Record<string, unknown>> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, key, { issuer: ACCESS_TOKEN_ISSUER, algorithms: ['HS256'] }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new TokenExpiredError(undefined, { cause: error });
    throw new InvalidTokenError(undefined, { cause: error });
  }
  if (payload['scope'] !== scope) throw new ForbiddenError();
  return payload;
}
