import { InvalidCredentialsError } from '@plinth/errors';
import type { Accountability } from '@plinth/types';
import { anonymousAccountability } from './access/anonymous-accountability.js';
import { toAccountability } from './access/to-accountability.js';
import { isAccessToken, verifyAccessToken } from './access-token.js';
import type { AuthLookupContext } from './auth-context.js';
import type { RequestOrigin } from './lib/request-origin.js';
import { hashRefreshToken } from './refresh-token.js';
import { isSessionLive } from './sessions/find-session.js';

/** Thrown (as INVALID_CREDENTIALS) when a session-mode token's session has ended, so the cookie can be cleared. */
export class SessionEndedError extends InvalidCredentialsError {}

async function forUser(ctx: AuthLookupContext, userId: string, origin: RequestOrigin, session?: string) {
  const access = await ctx.auth.access.forUser(ctx.db, userId);
  if (access?.status !== 'active') throw new InvalidCredentialsError();
  return toAccountability(access, origin, session === undefined ? {} : { session });
}

/**
 * Who a request's token belongs to. An access token (a JWT with our issuer) must verify, its session
 * (session mode) must still be live, and its user active; anything else is looked up as a user's
 * static token. Tokens that verified once are remembered until they expire; role tree, policies and
 * flags come from the access cache, never from the claims: a cached user costs no statement (a
 * session-mode token, one primary-key lookup for its session).
 *
 * @throws TOKEN_EXPIRED, INVALID_TOKEN for a bad access token; INVALID_CREDENTIALS for an ended
 * session ({@link SessionEndedError}), an inactive or missing user, or an unknown static token.
 */
export async function resolveAccountability(
  ctx: AuthLookupContext,
  token: string,
  origin: RequestOrigin,
): Promise<Accountability> {
  // Only tokens that verified are remembered, so a hit needs neither decoding nor checking again.
  let claims = ctx.auth.verifiedTokens.get(token);
  if (claims === undefined) {
    if (!isAccessToken(token)) {
      const userId = await ctx.auth.access.userOfStaticToken(ctx.db, token);
      if (userId === null) throw new InvalidCredentialsError();
      return forUser(ctx, userId, origin);
    }
    claims = await verifyAccessToken(token, ctx.auth.signingKey);
    ctx.auth.verifiedTokens.set(token, claims);
  }
  if (claims.session !== undefined && !(await isSessionLive(ctx.db, hashRefreshToken(claims.session)))) {
    throw new SessionEndedError();
  }
  if (claims.id === undefined) {
    if (claims.share === undefined) throw new InvalidCredentialsError();
    // Share tokens: no user, role or policy of their own; permissions derive their rights from the share.
    return {
      ...anonymousAccountability(origin),
      share: claims.share,
      ...(claims.session === undefined ? {} : { session: claims.session }),
    };
  }
  return forUser(ctx, claims.id, origin, claims.session);
}
