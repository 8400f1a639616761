import type { PlinthDatabase } from '@plinth/database';
import type { PlinthEnv } from '@plinth/env';
import type { PermissionsRuntime } from '@plinth/permissions';
import {
  type AuthRuntime,
  anonymousAccountability,
  type EventBus,
  type SchemaSource,
  type ServiceContext,
  type ServiceLimits,
} from '@plinth/services';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { requestOrigin } from '../auth/request-origin.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** What services need for this request; set before the handler of every API route. */
    ctx: ServiceContext;
  }
}

/** Options of the service-context plugin. */
export interface ServiceContextPluginOptions {
  database: PlinthDatabase;
  schemaCache: SchemaSource;
  /**
   * The settings the services' limits come from.
   * @default the settings' defaults (limit 100, no maximum, depth 10)
   */
  env?: Pick<
    PlinthEnv,
    'QUERY_LIMIT_DEFAULT' | 'QUERY_LIMIT_MAX' | 'MAX_RELATIONAL_DEPTH' | 'MAX_JSON_QUERY_DEPTH'
  > &
    Partial<Pick<PlinthEnv, 'MAX_BATCH_MUTATION'>>;
  /**
   * The server's event bus, handed to services as `ctx.events`.
   * @default none: item mutations emit nothing
   */
  events?: EventBus;
  /**
   * The server's auth runtime, handed to services as `ctx.auth`.
   * @default none: services that log in or change access refuse to run
   */
  auth?: AuthRuntime;
  /**
   * The server's permissions runtime, handed to services as `ctx.permissions`.
   * @default none: callers that are neither admin nor the system may do nothing
   */
  permissions?: PermissionsRuntime;
}

function toServiceLimits(env: ServiceContextPluginOptions['env']): ServiceLimits | undefined {
  if (!env) return undefined;
  return {
    queryLimitDefault: env.QUERY_LIMIT_DEFAULT,
    queryLimitMax: env.QUERY_LIMIT_MAX,
    maxRelationalDepth: env.MAX_RELATIONAL_DEPTH,
    maxJsonQueryDepth: env.MAX_JSON_QUERY_DEPTH,
    ...(env.MAX_BATCH_MUTATION === undefined ? {} : { maxBatchMutation: env.MAX_BATCH_MUTATION }),
  };
}

/** The parts of every request's context that do not depend on the request, built once. */
function toSharedContext(
  options: ServiceContextPluginOptions,
): Omit<ServiceContext, 'accountability' | 'schema'> {
  const limits = toServiceLimits(options.env);
  return {
    database: options.database,
    db: options.database.kysely,
    schemaCache: options.schemaCache,
    ...(limits ? { limits } : {}),
    ...(options.events ? { events: options.events } : {}),
    ...(options.auth ? { auth: options.auth } : {}),
    ...(options.permissions ? { permissions: options.permissions } : {}),
  };
}

/**
 * Builds `request.ctx` for the API routes registered in the same scope: the database, the caller,
 * and the (cached) data model. Handlers hand `request.ctx` to services and never `request` itself.
 */
export const serviceContextPlugin = fp<ServiceContextPluginOptions>(
  async (app: FastifyInstance, options) => {
    app.decorateRequest('ctx', null as unknown as ServiceContext);
    const shared = toSharedContext(options);
    // A callback hook: the cached schema's promise is the only wait, with no async wrapper around it.
    app.addHook('preHandler', (request, _reply, done) => {
      const accountability = request.accountability ?? anonymousAccountability(requestOrigin(request));
      options.schemaCache.get().then((schema) => {
        // The spread last: V8 (Node 20) adds keys after a spread copy through a slow path, ~5 µs a request.
        request.ctx = { accountability, schema, ...shared };
        done();
      }, done);
    });
  },
  { name: 'plinth-service-context', fastify: '5.x' },
);
