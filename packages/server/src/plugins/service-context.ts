import type { PlinthDatabase } from '@plinth/database';
import type { SchemaSource, ServiceContext } from '@plinth/services';
import type { Accountability } from '@plinth/types';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyRequest {
    /** What services need for this request; set before the handler of every API route. */
    ctx: ServiceContext;
  }
}

/**
 * Services read a null accountability as the trusted system itself (CLI, bootstrap); a caller
 * without a token is someone: the public, with no role, user or rights of its own.
 */
function anonymousAccountability(request: FastifyRequest): Accountability {
  return {
    user: null,
    role: null,
    roles: [],
    policies: [],
    admin: false,
    app: false,
    ip: request.ip ?? null,
    userAgent: request.headers['user-agent'] ?? null,
    origin: request.headers.origin ?? null,
  };
}

/** Options of the service-context plugin. */
export interface ServiceContextPluginOptions {
  database: PlinthDatabase;
  schemaCache: SchemaSource;
}

/**
 * Builds `request.ctx` for the API routes registered in the same scope: the database, the caller,
 * and the (cached) data model. Handlers hand `request.ctx` to services and never `request` itself.
 */
export const serviceContextPlugin = fp<ServiceContextPluginOptions>(
  async (app: FastifyInstance, options) => {
    app.decorateRequest('ctx', null as unknown as ServiceContext);
    app.addHook('preHandler', async (request) => {
      request.ctx = {
        database: options.database,
        db: options.database.kysely,
        accountability: request.accountability ?? anonymousAccountability(request),
        schema: await options.schemaCache.get(),
        schemaCache: options.schemaCache,
      };
    });
  },
  { name: 'plinth-service-context', fastify: '5.x' },
);
