import type { PlinthDatabase } from '@plinth/database';
import type { PlinthEnv } from '@plinth/env';
import type { SchemaCache } from '@plinth/schema';
import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from 'ioredis';
import type { LogTap } from './routes/websocket/logs/create-log-tap.js';

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
  /**
   * The log lines `/websocket/logs` streams: a destination of the app's logger. {@link createServer}
   * makes one for its own logger; without one the logs socket is not served.
   */
  logTap?: LogTap;
}

/** Options of {@link createServer}: the plugin's options plus the Fastify instance's own. */
export interface CreateServerOptions extends PlinthPluginOptions {
  /**
   * A pino logger to use, or `false` for none; `undefined` means the server's own.
   * @default a pino logger at `env.LOG_LEVEL`, also feeding `/websocket/logs` when that is served
   */
  logger?: FastifyBaseLogger | false | undefined;
}
