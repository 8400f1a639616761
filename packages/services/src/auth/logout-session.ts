import { withTransaction } from '../context/with-transaction.js';
import type { AuthContext } from './auth-context.js';
import { hashRefreshToken } from './refresh-token.js';
import { revokeSessionFamily } from './sessions/revoke-session-family.js';

/**
 * `POST /auth/logout`: ends the login the refresh token belongs to (its whole family, so an older token
 * of the same login cannot outlive it). An unknown token is not an error: there is nothing left to end.
 */
export async function logoutSession(ctx: AuthContext, refreshToken: string): Promise<void> {
  await withTransaction(ctx, (trx) => revokeSessionFamily(trx.db, hashRefreshToken(refreshToken)));
}
