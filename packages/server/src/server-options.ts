import type { PlinthDatabase } from '@plinth/database';
import type { PlinthEnv } from '@plinth/env';
import type { SchemaCache } from '@plinth/schema';
import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from 'ioredis';

/** What the Plinth plugin needs from its host: configuration and open connections. */
export interface PlinthPluginOptions {
  /** Parsed configuration from `loadEnv()`. */
  env: PlinthEnv;
  /** The database every service works through. */
  database: PlinthDatabase;
  /** A connected Redis client when `REDIS` is configured; health checks include it. */
  redis?: Redis;
  /** Reported by `/server/info` and `/server/health`. @default '0.0.0' */
  version?: string;
  /** The data model's cache; one is created (shared through Redis when given) when left out. */
  schemaCache?: SchemaCache;
}

/** Options of {@link createServer}: the plugin's options plus the Fastify instance's own. */
export interface CreateServerOptions extends PlinthPluginOptions {
  /** A pino logger to use, or `false` for none. @default a pino logger at `env.LOG_LEVEL` */
  logger?: FastifyBaseLogger | false;
}
