import type { Kysely } from 'kysely';
import type { ServiceContext } from '../context/service-context.js';
import type { AuthRuntime } from './create-auth-runtime.js';

/** What resolving a token needs: the database and the auth runtime (no schema, no caller yet). */
export interface AuthLookupContext {
  db: Kysely<any>;
  auth: AuthRuntime;
}

/** A service context that carries the auth runtime: what logins, refreshes and logouts take. */
export type AuthContext = ServiceContext & { auth: AuthRuntime };

/** How a login hands its tokens to the client (`mode` of `/auth/login` and `/auth/refresh`). */
export type AuthMode = 'json' | 'cookie' | 'session';

/** What a login or refresh produced; the route decides which parts go in the body and which in cookies. */
export interface LoginTokens {
  mode: AuthMode;
  /** The access token (in session mode: the session cookie's value). */
  accessToken: string;
  /** The session's refresh token, plain (only its hash is stored). */
  refreshToken: string;
  /** The access token's lifetime in milliseconds, the wire's `expires`. */
  expires: number;
}
