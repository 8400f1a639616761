import { ForbiddenError } from '@plinth/errors';
import { signToken, verifyToken } from '../../auth/lib/signed-token.js';

/** What a link token is for; a token of one scope is refused by every other flow. */
export type TokenScope = 'password-reset' | 'invite' | 'pending-registration' | 'magic-link';

/** The claims of a link token: its scope and whatever the flow binds it to. */
export interface ScopedClaims {
  scope: TokenScope;
  [claim: string]: unknown;
}

/** Signs a link token (HS256 with the server's key) that expires `ttl` milliseconds from now. */
export function signScopedToken(claims: ScopedClaims, key: Uint8Array, ttl: number): Promise<string> {
  return signToken(claims, key, ttl);
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
  const payload = await verifyToken(token, key);
  if (payload['scope'] !== scope) throw new ForbiddenError();
  return payload;
}
