import { ServiceUnavailableError } from '@plinth/errors';
import type {
  AccountRuntime,
  AuthMode,
  FilesRuntime,
  LoginTokens,
  RequestLimiter,
  RequestOrigin,
} from '@plinth/services';
import type { GraphQLContext } from './graphql-context.js';

/** What a login or refresh answers in its body, by mode (cookies carry the rest). */
export interface AuthTokensPayload {
  access_token?: string;
  refresh_token?: string;
  expires: number;
}

/** Which generated schema `server_specs_graphql` prints. */
export type GraphQLScope = 'items' | 'system';

/**
 * What the system scope needs of the server around a request, beyond the service context: where the
 * request came from, its cookies, the server's reports and the account flows' runtime. The server
 * builds one per HTTP request; this package never sees the request itself.
 */
export interface SystemBridge {
  origin: RequestOrigin;
  /** False when email-and-password login is switched off (`AUTH_DISABLE_DEFAULT`). */
  passwordLogin: boolean;
  /** The email flows (reset, invitation, registration, two-factor issuer); absent: they are unavailable. */
  accounts?: AccountRuntime;
  /** Storage and limits of `/files`, for `import_file`; absent: importing is unavailable. */
  files?: FilesRuntime;
  /** Takes a point of the caller's IP for each registration attempt, when registration is limited. */
  registrationLimiter?: RequestLimiter;
  /**
   * The refresh token a refresh or logout works on: `given` in json mode, else from the refresh cookie
   * or the session cookie's `session` claim.
   * @throws INVALID_PAYLOAD when there is none
   */
  refreshToken(mode: AuthMode, given: string | undefined): Promise<string>;
  /** Sets the cookie `tokens.mode` calls for and returns what the body carries. */
  deliverTokens(tokens: LoginTokens): AuthTokensPayload;
  /** Clears the auth cookies the request came with. */
  clearAuthCookies(): void;
  /** The data of `GET /server/info`, for this caller. */
  serverInfo(): Promise<Record<string, unknown>>;
  /** The body of `GET /server/health`, for this caller. */
  serverHealth(): Promise<Record<string, unknown>>;
  /** The SDL of the caller's schema of `scope`. */
  sdl(scope: GraphQLScope): Promise<string>;
  /** The document of `GET /server/specs/oas`, for this caller. */
  oas(): Promise<Record<string, unknown>>;
}

/** The request's bridge. @throws SERVICE_UNAVAILABLE when the schema runs without one (e.g. on a socket). */
export function bridgeOf(context: GraphQLContext): SystemBridge {
  if (!context.system) {
    throw new ServiceUnavailableError({ service: 'graphql', reason: 'Not available on this transport' });
  }
  return context.system;
}

/** The account runtime. @throws SERVICE_UNAVAILABLE when email flows are not set up. */
export function accountsOf(context: GraphQLContext): AccountRuntime {
  const { accounts } = bridgeOf(context);
  if (!accounts) {
    throw new ServiceUnavailableError({ service: 'accounts', reason: 'Account flows are not set up' });
  }
  return accounts;
}

/** The files runtime. @throws SERVICE_UNAVAILABLE when the server serves no files. */
export function filesOf(context: GraphQLContext): FilesRuntime {
  const { files } = bridgeOf(context);
  if (!files) throw new ServiceUnavailableError({ service: 'files', reason: 'Files are not set up' });
  return files;
}
