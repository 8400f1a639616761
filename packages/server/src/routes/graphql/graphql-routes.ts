import type { PlinthEnv } from '@plinth/env';
import { MethodNotAllowedError } from '@plinth/errors';
import {
  createDepthLimitRule,
  createRootFieldLimitRule,
  createSchemaCache,
  createSystemSchema,
  formatGraphQLError,
  type GraphQLContext,
  NoSubscriptionRule,
  type SchemaCache,
} from '@plinth/graphql';
import type { AuthRuntime, EventBus } from '@plinth/services';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  NoSchemaIntrospectionCustomRule,
  type ValidationRule,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import type { Redis } from 'ioredis';
import mercurius from 'mercurius';
import type { WebSocket } from 'ws';
import { createChangeFeed } from '../websocket/lib/create-change-feed.js';
import { publishItemChanges } from '../websocket/lib/publish-item-changes.js';
import { callerSchema } from './caller-schema.js';
import { createChangeListeners } from './create-change-listeners.js';
import { createSubscriptionServer, type SubscriptionSettings } from './create-subscription-server.js';
import { createSystemBridge, type GraphQLSystemOptions } from './create-system-bridge.js';
import { readGraphQLRequest } from './read-graphql-request.js';
import { toGraphQLHttpError } from './to-graphql-http-error.js';

/** The settings the GraphQL routes read; each falls back to its documented default. */
export type GraphQLSettings = Partial<
  Pick<
    PlinthEnv,
    | 'GRAPHQL_INTROSPECTION'
    | 'GRAPHQL_QUERY_TOKEN_LIMIT'
    | 'GRAPHQL_SCHEMA_CACHE_CAPACITY'
    | 'MAX_RELATIONAL_DEPTH'
    | 'WEBSOCKETS_ENABLED'
    | 'WEBSOCKETS_GRAPHQL_ENABLED'
    | 'WEBSOCKETS_GRAPHQL_PATH'
    | 'WEBSOCKETS_GRAPHQL_CONN_LIMIT'
    | 'CACHE_NAMESPACE'
    | keyof SubscriptionSettings
  >
>;

/** What GraphQL subscriptions need; without it `/graphql` serves queries and mutations only. */
export interface GraphQLLiveOptions {
  /** The server's event bus: committed item mutations become subscription events. */
  events: EventBus;
  auth: AuthRuntime;
  /** With it, changes reach the subscribers of every instance through Redis pub/sub. */
  redis?: Redis;
  /** The session cookie's name: a cookie-authenticated socket closes when that token expires. */
  sessionCookieName?: string;
}

/** Options of {@link createGraphQLRoutes} beyond the settings. */
export interface GraphQLRoutesOptions {
  /**
   * Most root fields in one operation; each is one read or write.
   * @default 50
   */
  maxRootFields?: number;
  /** Subscriptions over graphql-ws, served when the settings enable GraphQL sockets. */
  live?: GraphQLLiveOptions;
  /**
   * Most operations one socket may run at once (a subscription counts until it ends).
   * @default 100
   */
  maxSocketOperations?: number;
  /** What `/graphql/system`'s auth, account and server fields need; without it they are unavailable. */
  system?: GraphQLSystemOptions;
}

/** The schema a request executes against, handed from the route to the pre-execution hook. */
const CALLER_SCHEMA = Symbol('plinth.graphql.callerSchema');

type RequestContext = GraphQLContext & { [CALLER_SCHEMA]: GraphQLSchema };

// Mercurius needs a schema at start-up; the real one is generated from the data model on first use.
const placeholderSchema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { _empty: { type: GraphQLString } } }),
});

/**
 * The graphql-ws handler, when sockets and GraphQL sockets are enabled and the live options given:
 * committed changes travel through a change feed of their own (over Redis when given) to this
 * instance's subscriptions.
 */
async function subscriptionHandler(
  app: FastifyInstance,
  settings: GraphQLSettings,
  options: GraphQLRoutesOptions,
  rules: readonly ValidationRule[],
  schemas: SchemaCache,
) {
  const { live } = options;
  if (!live || settings.WEBSOCKETS_ENABLED === false || settings.WEBSOCKETS_GRAPHQL_ENABLED === false)
    return null;
  if (!app.hasDecorator('websocketServer')) return null;
  const listeners = createChangeListeners();
  const feed = await createChangeFeed({
    ...(live.redis ? { redis: live.redis } : {}),
    channel: `${settings.CACHE_NAMESPACE ?? 'plinth'}:graphql`,
    onError: (error) => app.log.warn({ err: error }, 'graphql change feed'),
  });
  feed.onChange((change) => listeners.push(change));
  const stopPublishing = publishItemChanges(live.events, feed);
  app.addHook('onClose', async () => {
    stopPublishing();
    await feed.close();
  });
  const connectionLimit = settings.WEBSOCKETS_GRAPHQL_CONN_LIMIT ?? Number.POSITIVE_INFINITY;
  let open = 0;
  const handle = createSubscriptionServer({
    settings: {
      WEBSOCKETS_GRAPHQL_AUTH: settings.WEBSOCKETS_GRAPHQL_AUTH ?? 'handshake',
      WEBSOCKETS_GRAPHQL_AUTH_TIMEOUT: settings.WEBSOCKETS_GRAPHQL_AUTH_TIMEOUT ?? 10_000,
      GRAPHQL_QUERY_TOKEN_LIMIT: settings.GRAPHQL_QUERY_TOKEN_LIMIT ?? 5000,
    },
    auth: live.auth,
    schemas,
    listeners,
    rules,
    maxOperations: options.maxSocketOperations ?? 100,
    ...(live.sessionCookieName ? { sessionCookieName: live.sessionCookieName } : {}),
  });
  return (socket: WebSocket, request: FastifyRequest) => {
    if (open >= connectionLimit) {
      socket.close(CloseCode.Forbidden, 'Too many connections');
      return;
    }
    open++;
    socket.once('close', () => open--);
    handle(socket, request);
  };
}

/**
 * `/graphql`, the items scope: mercurius parses, validates (depth, root-field, token and
 * introspection limits included) and executes the caller's schema, generated from the request's
 * data model and what the caller may read, and cached per model and permission set. Execution
 * errors come back in-band with HTTP 200 and the REST error codes; documents that do not parse or
 * validate are 400 `GRAPHQL_VALIDATION`. `/graphql/system` serves the system scope the same way (the
 * system collections, the data model, server reports, auth and account flows, settings); with
 * `options.system` its auth, account and server fields reach the server through a per-request bridge.
 * With `options.live`, the same path (or `WEBSOCKETS_GRAPHQL_PATH`) also upgrades to graphql-ws for
 * subscriptions (`<c>_mutated`), queries and mutations.
 */
export function createGraphQLRoutes(settings: GraphQLSettings = {}, options: GraphQLRoutesOptions = {}) {
  const maxDepth = (settings.MAX_RELATIONAL_DEPTH ?? 10) + 1;
  const rules: ValidationRule[] = [
    createDepthLimitRule(maxDepth),
    createRootFieldLimitRule(options.maxRootFields ?? 50),
    ...(settings.GRAPHQL_INTROSPECTION === false ? [NoSchemaIntrospectionCustomRule] : []),
  ];

  return async function graphqlRoutes(app: FastifyInstance): Promise<void> {
    const schemas = createSchemaCache(settings.GRAPHQL_SCHEMA_CACHE_CAPACITY ?? 100);
    await app.register(mercurius, {
      schema: placeholderSchema,
      routes: false,
      graphiql: false,
      validationRules: [...rules, NoSubscriptionRule],
      graphql: { parseOptions: { maxTokens: settings.GRAPHQL_QUERY_TOKEN_LIMIT ?? 5000 } },
      errorFormatter: (execution, context) => ({
        statusCode: 200,
        response: {
          data: execution.data ?? null,
          errors: execution.errors.flatMap((error) =>
            formatGraphQLError(error, {
              exposeUnknown: (context as unknown as GraphQLContext).ctx?.accountability?.admin === true,
            }),
          ),
        },
      }),
    });

    // Parsing and validation ran against the caller's schema; execution, after awaits in which other
    // requests may have swapped mercurius' schema, must use that same one.
    app.graphql.addHook('preExecution', async (_schema, _document, context) => ({
      schema: (context as unknown as RequestContext)[CALLER_SCHEMA],
    }));

    const systemSchemas = createSchemaCache(
      settings.GRAPHQL_SCHEMA_CACHE_CAPACITY ?? 100,
      createSystemSchema,
    );
    const byScope = { items: schemas, system: systemSchemas };
    const executeWith = (cache: SchemaCache) => async (request: FastifyRequest, reply: FastifyReply) => {
      const { query, variables, operationName } = readGraphQLRequest(request);
      const { ctx } = request;
      const { key, options: schemaOptions } = await callerSchema(ctx);
      const schema = cache.get(ctx.schema, key, schemaOptions);
      // Mercurius parses and validates synchronously once called, so the schema set here is the one
      // this request is validated against. Swapping it clears mercurius' document cache.
      if (app.graphql.schema !== schema) app.graphql.replaceSchema(schema);
      const system =
        cache === systemSchemas && options.system
          ? { system: createSystemBridge(request, reply, options.system, byScope) }
          : {};
      const context: RequestContext = { ctx, [CALLER_SCHEMA]: schema, ...system };
      try {
        return await reply.graphql(query, context as never, variables, operationName);
      } catch (error) {
        throw toGraphQLHttpError(error);
      }
    };
    const execute = executeWith(schemas);

    const socketPath = settings.WEBSOCKETS_GRAPHQL_PATH ?? '/graphql';
    const handleSocket = await subscriptionHandler(app, settings, options, rules, schemas);
    if (handleSocket && socketPath === '/graphql') {
      app.route({ method: 'GET', url: '/graphql', handler: execute, wsHandler: handleSocket });
    } else {
      app.get('/graphql', execute);
      if (handleSocket) app.get(socketPath, { websocket: true }, handleSocket);
    }
    app.post('/graphql', execute);
    app.route({
      method: ['PUT', 'PATCH', 'DELETE'],
      url: '/graphql',
      handler: async (request) => {
        throw new MethodNotAllowedError({ allowed: ['GET', 'POST'], current: request.method });
      },
    });
    const executeSystem = executeWith(systemSchemas);
    app.get('/graphql/system', executeSystem);
    app.post('/graphql/system', executeSystem);
    app.route({
      method: ['PUT', 'PATCH', 'DELETE'],
      url: '/graphql/system',
      handler: async (request) => {
        throw new MethodNotAllowedError({ allowed: ['GET', 'POST'], current: request.method });
      },
    });
  };
}
