import { ServiceUnavailableError } from '@plinth/errors';
import type { GraphQLScope, SchemaCache, SystemBridge } from '@plinth/graphql';
import type { AuthRuntime, FilesRuntime } from '@plinth/services';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { printSchema } from 'graphql';
import type { AuthCookies } from '../../auth/auth-cookies.js';
import { requestOrigin } from '../../auth/request-origin.js';
import type { AccountServices } from '../accounts/create-account-services.js';
import { clearAuthCookies } from '../auth/clear-auth-cookies.js';
import { readRefreshToken } from '../auth/read-refresh-token.js';
import { sendTokens } from '../auth/send-tokens.js';
import { type OpenApiDocumentOptions, readOpenApiDocument } from '../server/read-openapi-document.js';
import { readServerHealth, type ServerHealthOptions } from '../server/read-server-health.js';
import { readServerInfo, type ServerInfoOptions } from '../server/read-server-info.js';
import { callerSchema } from './caller-schema.js';

/** What `/graphql/system`'s auth, account and server fields need, as the REST routes get it. */
export interface GraphQLSystemOptions {
  auth: AuthRuntime;
  cookies: AuthCookies;
  /** Email-and-password login is off (`AUTH_DISABLE_DEFAULT`). @default false */
  disablePasswordLogin?: boolean;
  /** The account flows' runtime and registration limiter, shared with the REST routes. */
  accounts?: AccountServices;
  /** Storage and limits of `/files`, for `import_file`; without it importing answers SERVICE_UNAVAILABLE. */
  files?: FilesRuntime;
  /** What `server_info` and `server_health` read; without it they answer SERVICE_UNAVAILABLE. */
  server?: { info: ServerInfoOptions; health: ServerHealthOptions };
  /** What `server_specs_oas` states; without it (`OPENAPI_ENABLED=false`) it answers SERVICE_UNAVAILABLE. */
  oas?: OpenApiDocumentOptions;
}

const unavailable = () =>
  new ServiceUnavailableError({ service: 'server', reason: 'Server reports are not set up' });

/**
 * The bridge of one request to `/graphql/system`: tokens and cookies travel as `/auth/*` sends them
 * (through `reply`), the server's reports are those of `/server/*` for this caller, and `sdl` prints the
 * caller's generated schema of a scope from `schemas`.
 */
export function createSystemBridge(
  request: FastifyRequest,
  reply: FastifyReply,
  options: GraphQLSystemOptions,
  schemas: Record<GraphQLScope, SchemaCache>,
): SystemBridge {
  const { auth, cookies, accounts, server } = options;
  const caller = request.accountability ?? null;
  return {
    origin: requestOrigin(request),
    passwordLogin: options.disablePasswordLogin !== true,
    ...(accounts?.accounts ? { accounts: accounts.accounts } : {}),
    ...(accounts?.registrationLimiter ? { registrationLimiter: accounts.registrationLimiter } : {}),
    ...(options.files ? { files: options.files } : {}),
    refreshToken: (mode, given) =>
      readRefreshToken(request, given === undefined ? {} : { refresh_token: given }, mode, { auth, cookies }),
    deliverTokens: (tokens) => sendTokens(reply, tokens, cookies).data,
    clearAuthCookies: () => clearAuthCookies(request, reply, cookies),
    serverInfo: async () => {
      if (!server) throw unavailable();
      return readServerInfo(server.info, caller);
    },
    serverHealth: async () => {
      if (!server) throw unavailable();
      return { ...(await readServerHealth(server.health, caller?.admin === true)) };
    },
    sdl: async (scope) => {
      const { ctx } = request;
      const { key, options: schemaOptions } = await callerSchema(ctx);
      return printSchema(schemas[scope].get(ctx.schema, key, schemaOptions));
    },
    oas: async () => {
      if (!options.oas) {
        throw new ServiceUnavailableError({ service: 'openapi', reason: 'The OpenAPI document is disabled' });
      }
      return readOpenApiDocument(request.ctx, options.oas);
    },
  };
}
