import type { PlinthDatabase } from '@plinth/database';
import type { PlinthEnv } from '@plinth/env';
import {
  createRedisSchemaBus,
  createSchemaCache,
  fetchSchemaOverview,
  introspectDatabase,
  type SchemaCache,
} from '@plinth/schema';
import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from 'ioredis';

/**
 * The schema cache of one API instance: introspection merged with the meta tables, loaded on first
 * use, and dropped on every instance (through Redis pub/sub when Redis is configured) after a data
 * model change. Returns the cache and what to close on shutdown.
 */
export function createServerSchemaCache(
  env: PlinthEnv,
  database: PlinthDatabase,
  redis: Redis | undefined,
  log: FastifyBaseLogger,
): { cache: SchemaCache; close: () => Promise<void> } {
  const introspect = (db: PlinthDatabase) =>
    introspectDatabase(db, {
      excludeTables: [...env.DB_EXCLUDE_TABLES],
      ...(env.DB_SEARCH_PATH?.[0] ? { schema: env.DB_SEARCH_PATH[0] } : {}),
    });
  // The subscriber may wait for its connection (offline queue on): a dropped link re-subscribes by itself.
  const subscriber = redis?.duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: null });
  subscriber?.on('error', (error: Error) => log.warn({ err: error }, 'schema bus: Redis subscriber error'));
  const bus =
    redis && subscriber
      ? createRedisSchemaBus({ publisher: redis, subscriber, channel: `${env.CACHE_NAMESPACE}:schema` })
      : undefined;
  const cache = createSchemaCache({
    load: () => fetchSchemaOverview(database, introspect),
    ...(bus ? { bus } : {}),
  });
  return {
    cache,
    async close() {
      await cache.close();
      subscriber?.disconnect();
    },
  };
}
