import type { PlinthEnv } from '@plinth/env';
import { formatGraphQLError, type GraphQLContext, type SchemaCache } from '@plinth/graphql';
import {
  type AuthRuntime,
  anonymousAccountability,
  type RequestOrigin,
  resolveAccountability,
  type ServiceContext,
} from '@plinth/services';
import type { Accountability } from '@plinth/types';
import type { FastifyRequest } from 'fastify';
import { GraphQLError, parse, specifiedRules, type ValidationRule, validate } from 'graphql';
import { CloseCode, makeServer } from 'graphql-ws';
import type { WebSocket } from 'ws';
import { requestOrigin } from '../../auth/request-origin.js';
import { refreshCaller } from '../websocket/lib/refresh-caller.js';
import { scheduleAt } from '../websocket/lib/schedule-at.js';
import { tokenExpiry } from '../websocket/lib/token-expiry.js';
import { upgradeTokenExpiry } from '../websocket/lib/upgrade-token-expiry.js';
import { callerSchema } from './caller-schema.js';
import type { ChangeListeners } from './create-change-listeners.js';

/** The settings a GraphQL socket reads. */
export type SubscriptionSettings = Pick<
  PlinthEnv,
  'WEBSOCKETS_GRAPHQL_AUTH' | 'WEBSOCKETS_GRAPHQL_AUTH_TIMEOUT' | 'GRAPHQL_QUERY_TOKEN_LIMIT'
>;

/** What every GraphQL socket of one server shares. */
export interface SubscriptionServerOptions {
  settings: SubscriptionSettings;
  auth: AuthRuntime;
  schemas: SchemaCache;
  listeners: ChangeListeners;
  /** The validation rules of `/graphql` (depth, root fields, introspection). */
  rules: readonly ValidationRule[];
  /** Most operations one socket may run at once; more get a LIMIT_EXCEEDED error. */
  maxOperations: number;
  /** The session cookie's name: a cookie-authenticated upgrade is tied to that token's expiry. */
  sessionCookieName?: string;
}

/** What one connection keeps: the upgrade's context and who the socket is. */
interface Connection {
  base: ServiceContext;
  origin: RequestOrigin;
  caller: Accountability | null;
  /** When the caller's access token expires (epoch ms); null for static tokens and anonymous callers. */
  expiresAt: number | null;
  /** Set once `connection_init` was accepted. */
  acknowledged: boolean;
  /** Closes the socket once `expiresAt` has come. */
  watchExpiry(): void;
}

const text = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** graphql-ws clients reconnect after this close (unlike 4401), fetching a fresh token for `connection_init`. */
const TOKEN_EXPIRED_CLOSE = { code: CloseCode.Forbidden, reason: 'Token expired.' } as const;

const limitError = (max: number) =>
  new GraphQLError(`Too many operations on this socket (at most ${max}).`, {
    extensions: { code: 'LIMIT_EXCEEDED' },
  });

/**
 * A graphql-ws ("graphql-transport-ws") server over the caller's generated schema. The socket
 * authenticates with the upgrade's token or `connection_init`'s `{ access_token }` (anonymous in
 * `public` mode; `strict` mode needs the upgrade's token). A missing or invalid token, or no
 * `connection_init` within `WEBSOCKETS_GRAPHQL_AUTH_TIMEOUT`, closes the socket with 4403, and so does
 * the expiry of the access token it authenticated with (clients reconnect with a fresh one). Every operation is parsed and validated with the
 * `/graphql` limits; subscriptions read each event back as the subscriber, with permissions looked
 * up again per event (a suspended user's subscriptions end).
 *
 * @returns the handler for one upgraded socket.
 */
export function createSubscriptionServer(options: SubscriptionServerOptions) {
  const { settings, auth } = options;
  const mode = settings.WEBSOCKETS_GRAPHQL_AUTH;

  const login = async (connection: Connection, params: Record<string, unknown> | undefined) => {
    const token = params?.['access_token'];
    if (text(token)) {
      const lookup = { db: connection.base.database.kysely, auth };
      const caller = await resolveAccountability(lookup, token, connection.origin).catch(() => null);
      if (!caller?.user) return null;
      connection.expiresAt = tokenExpiry(token);
      return caller;
    }
    if (connection.caller?.user) return connection.caller;
    return mode === 'public' ? anonymousAccountability(connection.origin) : null;
  };

  const contextOf = async (connection: Connection): Promise<ServiceContext | null> => {
    const { base, origin } = connection;
    let caller = connection.caller;
    if (caller === null) return null;
    if (caller.user !== null) {
      const fresh = await refreshCaller(auth, base.database.kysely, caller, origin);
      caller = fresh ?? (mode === 'public' ? anonymousAccountability(origin) : null);
      connection.caller = caller;
      if (caller === null) return null;
    }
    return {
      ...base,
      db: base.database.kysely,
      accountability: caller,
      schema: await base.schemaCache.get(),
    };
  };

  const server = makeServer<Record<string, unknown> | undefined, { connection: Connection }>({
    // The handshake timeout is ours: Directus closes with 4403 where graphql-ws would use 4408.
    connectionInitWaitTimeout: 0,
    onConnect: async (socketCtx) => {
      const { connection } = socketCtx.extra;
      connection.caller = await login(connection, socketCtx.connectionParams);
      connection.acknowledged = connection.caller !== null;
      if (connection.acknowledged) connection.watchExpiry();
      return connection.acknowledged;
    },
    onSubscribe: async (socketCtx, _id, payload) => {
      const { connection } = socketCtx.extra;
      if (Object.keys(socketCtx.subscriptions).length > options.maxOperations) {
        return [limitError(options.maxOperations)];
      }
      const ctx = await contextOf(connection);
      if (ctx === null)
        return [new GraphQLError('Not authenticated.', { extensions: { code: 'TOKEN_EXPIRED' } })];
      const { key, options: schemaOptions } = await callerSchema(ctx);
      const schema = options.schemas.get(ctx.schema, key, schemaOptions);
      let document: ReturnType<typeof parse>;
      try {
        document = parse(payload.query, { maxTokens: settings.GRAPHQL_QUERY_TOKEN_LIMIT });
      } catch (error) {
        return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
      }
      const errors = validate(schema, document, [...specifiedRules, ...options.rules]);
      if (errors.length > 0) return [...errors];
      const contextValue: GraphQLContext = {
        ctx,
        live: {
          listen: (collection) => options.listeners.listen(collection),
          context: () => contextOf(connection),
        },
      };
      return {
        schema,
        document,
        contextValue,
        ...(payload.variables ? { variableValues: payload.variables } : {}),
        ...(payload.operationName ? { operationName: payload.operationName } : {}),
      };
    },
    onNext: (_socketCtx, _id, _payload, _args, result) =>
      result.errors
        ? {
            data: result.data ?? null,
            errors: result.errors.flatMap((error) => formatGraphQLError(error)) as never,
          }
        : undefined,
  });

  return function handleSocket(socket: WebSocket, request: FastifyRequest): void {
    const upgradeCaller = request.accountability?.user ? request.accountability : null;
    let stopExpiry = () => {};
    const connection: Connection = {
      base: request.ctx,
      origin: requestOrigin(request),
      caller: upgradeCaller,
      expiresAt: upgradeCaller ? upgradeTokenExpiry(request, options.sessionCookieName ?? '') : null,
      acknowledged: false,
      watchExpiry() {
        stopExpiry();
        if (connection.expiresAt === null) return;
        stopExpiry = scheduleAt(connection.expiresAt, () => {
          if (socket.readyState === socket.OPEN) {
            socket.close(TOKEN_EXPIRED_CLOSE.code, TOKEN_EXPIRED_CLOSE.reason);
          }
        });
      },
    };
    if (mode === 'strict' && connection.caller === null) {
      socket.close(CloseCode.Forbidden, 'Forbidden');
      return;
    }
    const handshake = setTimeout(() => {
      if (!connection.acknowledged && socket.readyState === socket.OPEN)
        socket.close(CloseCode.Forbidden, 'Forbidden');
    }, settings.WEBSOCKETS_GRAPHQL_AUTH_TIMEOUT);
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve) => {
            if (socket.readyState !== socket.OPEN) return resolve();
            socket.send(data, () => resolve());
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (receive) => {
          socket.on('message', (data, isBinary) => {
            const message = isBinary ? '' : String(data);
            receive(message).catch((error: unknown) => {
              // Unknown message types and handler failures end the connection, as graphql-ws's own
              // adapters do.
              if (socket.readyState === socket.OPEN) {
                socket.close(CloseCode.BadRequest, String((error as Error)?.message ?? error).slice(0, 100));
              }
            });
          });
        },
      },
      { connection },
    );
    socket.once('close', (code, reason) => {
      clearTimeout(handshake);
      stopExpiry();
      void closed(code, String(reason));
    });
  };
}
