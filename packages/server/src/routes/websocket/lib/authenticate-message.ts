import { AuthFailedError } from '@plinth/errors';
import {
  type AuthRuntime,
  type LoginTokens,
  loginWithPassword,
  type RequestOrigin,
  refreshLogin,
  resolveAccountability,
  type ServiceContext,
} from '@plinth/services';
import type { Accountability } from '@plinth/types';
import type { SocketMessage } from './socket-message.js';
import { tokenExpiry } from './token-expiry.js';

/** Who an `auth` message authenticated, and what the reply carries. */
export interface SocketLogin {
  accountability: Accountability;
  /** When the access token behind it expires (epoch ms); null for static tokens. */
  expiresAt: number | null;
  /** The new refresh token, for logins by credentials or refresh token (json mode). */
  refreshToken?: string;
}

/** What authenticating needs: a context to log in through (schema and database) and the auth runtime. */
export interface SocketAuthContext {
  ctx: ServiceContext;
  auth: AuthRuntime;
  origin: RequestOrigin;
}

const text = (value: unknown): value is string => typeof value === 'string' && value !== '';

async function loginFor(tokens: LoginTokens, context: SocketAuthContext): Promise<SocketLogin> {
  const lookup = { db: context.ctx.database.kysely, auth: context.auth };
  return {
    accountability: await resolveAccountability(lookup, tokens.accessToken, context.origin),
    expiresAt: Date.now() + tokens.expires,
    refreshToken: tokens.refreshToken,
  };
}

async function authenticate(message: SocketMessage, context: SocketAuthContext): Promise<SocketLogin> {
  const { ctx, auth, origin } = context;
  const authContext = { ...ctx, auth };
  if (text(message['access_token'])) {
    const token = message['access_token'];
    const accountability = await resolveAccountability({ db: ctx.database.kysely, auth }, token, origin);
    return { accountability, expiresAt: tokenExpiry(token) };
  }
  if (text(message['refresh_token'])) {
    const tokens = await refreshLogin(authContext, message['refresh_token'], { mode: 'json', ...origin });
    return loginFor(tokens, context);
  }
  if (text(message['email']) && text(message['password'])) {
    const otp = typeof message['otp'] === 'string' ? message['otp'] : undefined;
    const credentials = { email: message['email'].toLowerCase(), password: message['password'], otp };
    const tokens = await loginWithPassword(authContext, credentials, { mode: 'json', ...origin });
    return loginFor(tokens, context);
  }
  throw new AuthFailedError({});
}

/**
 * Authenticates an `auth` message by access (or static) token, refresh token, or email and password
 * (with `otp` for two-factor users), the way the REST routes do in json mode. A user-less result (a
 * share token) is not a login here.
 *
 * @throws AUTH_FAILED for every refusal: the socket does not say why.
 */
export async function authenticateMessage(
  message: SocketMessage,
  context: SocketAuthContext,
): Promise<SocketLogin> {
  let login: SocketLogin;
  try {
    login = await authenticate(message, context);
  } catch {
    throw new AuthFailedError({});
  }
  if (login.accountability.user === null) throw new AuthFailedError({});
  return login;
}
