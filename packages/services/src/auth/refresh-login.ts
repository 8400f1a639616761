import { InvalidCredentialsError, type PlinthError } from '@plinth/errors';
import { withTransaction } from '../context/with-transaction.js';
import { isShareLive } from '../shares/is-share-live.js';
import { issueShareToken } from '../shares/issue-share-token.js';
import { fetchUserAccess } from './access/fetch-user-access.js';
import type { UserAccess } from './access/user-access.js';
import type { AuthContext, AuthMode, LoginTokens } from './auth-context.js';
import { issueAccessToken } from './issue-access-token.js';
import { assertLoginAllowed } from './lib/assert-login-allowed.js';
import { expiresIn } from './lib/expires-in.js';
import { recordLogin } from './lib/record-login.js';
import type { RequestOrigin } from './lib/request-origin.js';
import { hashRefreshToken, nextRefreshToken } from './refresh-token.js';
import { createSession } from './sessions/create-session.js';
import { findSession, type SessionRow } from './sessions/find-session.js';
import { revokeSessionFamily } from './sessions/revoke-session-family.js';

/** Options of {@link refreshLogin}. */
export interface RefreshLoginOptions extends RequestOrigin {
  mode: AuthMode;
}

/** A refusal is returned from the transaction, not thrown in it, so the revocations it made are kept. */
type Outcome = { tokens: LoginTokens } | { refusal: PlinthError };

const refuse = (error: PlinthError = new InvalidCredentialsError()): Outcome => ({ refusal: error });

/** Who a session belongs to: a user still allowed to log in, or a share still inside its dates. */
type Holder = { access: UserAccess } | { share: string } | { refusal: PlinthError };

async function sessionHolder(ctx: AuthContext, row: SessionRow): Promise<Holder> {
  if (row.user === null) {
    const { share } = row;
    const live = share !== null && (await isShareLive(ctx.db, share));
    return live ? { share } : { refusal: new InvalidCredentialsError() };
  }
  const access = await fetchUserAccess(ctx.db, row.user);
  try {
    assertLoginAllowed(access);
    return { access };
  } catch (error) {
    return { refusal: error as PlinthError };
  }
}

function signFor(
  ctx: AuthContext,
  holder: { access: UserAccess } | { share: string },
  mode: AuthMode,
  refreshToken: string,
  origin: RequestOrigin,
) {
  return 'share' in holder
    ? issueShareToken(ctx, holder.share, { mode, refreshToken })
    : issueAccessToken(ctx, holder.access, { mode, refreshToken, origin });
}

/**
 * A token that has been rotated already. In session mode, within the grace period, it is a concurrent
 * refresh or a request still in flight: it gets the same successor again (derivable, so nothing plain is
 * stored). Anywhere else it is a stolen or replayed token, and the whole family is revoked.
 */
async function answerRotated(
  ctx: AuthContext,
  row: SessionRow,
  presented: string,
  options: RefreshLoginOptions,
): Promise<Outcome> {
  const inGrace = options.mode === 'session' && row.expires.getTime() > Date.now();
  if (!inGrace) {
    await revokeSessionFamily(ctx.db, row.token);
    return refuse();
  }
  const successor = nextRefreshToken(ctx.auth.settings.secret, presented);
  const next = await findSession(ctx.db, hashRefreshToken(successor));
  const usable =
    next !== undefined &&
    next.token === row.nextToken &&
    next.nextToken === null &&
    next.expires.getTime() > Date.now();
  if (!usable) return refuse();
  const holder = await sessionHolder(ctx, next);
  if ('refusal' in holder) return refuse();
  const signed = await signFor(ctx, holder, 'session', successor, options);
  return { tokens: { mode: 'session', refreshToken: successor, ...signed } };
}

async function rotate(
  ctx: AuthContext,
  refreshToken: string,
  options: RefreshLoginOptions,
): Promise<Outcome> {
  const { settings } = ctx.auth;
  const tokenHash = hashRefreshToken(refreshToken);
  const row = await findSession(ctx.db, tokenHash);
  if (!row) return refuse();
  if (row.nextToken !== null) return answerRotated(ctx, row, refreshToken, options);
  if (row.expires.getTime() <= Date.now() || (row.user === null && row.share === null)) {
    await ctx.db.deleteFrom('directus_sessions').where('token', '=', tokenHash).execute();
    return refuse();
  }
  const holder = await sessionHolder(ctx, row);
  if ('refusal' in holder) {
    await revokeSessionFamily(ctx.db, tokenHash);
    return refuse(holder.refusal);
  }

  const successor = nextRefreshToken(settings.secret, refreshToken);
  const now = Date.now();
  const grace = options.mode === 'session' ? settings.sessionRefreshGracePeriod : 0;
  const claimed = await ctx.db
    .updateTable('directus_sessions')
    .set({ next_token: hashRefreshToken(successor), expires: expiresIn(grace, now) })
    .where('token', '=', tokenHash)
    .where('next_token', 'is', null)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) === 0) {
    // Another refresh of the same token won the race; answer as that token now is: rotated.
    const rotated = await findSession(ctx.db, tokenHash);
    return rotated ? answerRotated(ctx, rotated, refreshToken, options) : refuse();
  }
  await createSession(ctx.db, {
    token: successor,
    user: row.user,
    share: row.share,
    expires: expiresIn(settings.refreshTokenTtl, now),
    ip: options.ip,
    userAgent: options.userAgent,
    origin: options.origin,
  });
  if (row.user !== null) await recordLogin(ctx.db, row.user, options, { activity: false });
  const signed = await signFor(ctx, holder, options.mode, successor, options);
  return { tokens: { mode: options.mode, refreshToken: successor, ...signed } };
}

/**
 * `POST /auth/refresh`: trades a refresh token for a new access token and a new refresh token, in one
 * transaction. The old token is marked as replaced (`next_token` = the new token's hash) rather than
 * deleted, so that presenting it again is recognised as reuse and ends the whole login.
 *
 * Share sessions (`POST /shares/auth`) refresh the same way while their share exists and is inside its
 * dates.
 *
 * @throws INVALID_CREDENTIALS for an unknown, expired or reused token (reuse revokes the family), or a
 * share session whose share is gone or over; USER_SUSPENDED when the user has been suspended since (the session is ended).
 */
export async function refreshLogin(
  ctx: AuthContext,
  refreshToken: string,
  options: RefreshLoginOptions,
): Promise<LoginTokens> {
  const outcome = await withTransaction(ctx, (trx) =>
    rotate({ ...trx, auth: ctx.auth }, refreshToken, options),
  );
  if ('refusal' in outcome) throw outcome.refusal;
  return outcome.tokens;
}
