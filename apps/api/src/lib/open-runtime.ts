import { checkConnection, createDatabase, type PlinthDatabase } from '@plinth/database';
import { loadEnv, type PlinthEnv, toDatabaseConfig } from '@plinth/env';
import type { Redis } from 'ioredis';

/** The configuration and connections a command works with. */
export interface Runtime {
  env: PlinthEnv;
  database: PlinthDatabase;
  redis: Redis | undefined;
  close(): Promise<void>;
}

/** Options of {@link openRuntime}. */
export interface OpenRuntimeOptions {
  /** Told about each failed connection attempt before the next. */
  onRetry?: (attempt: number, error: Error) => void;
  /** Open Redis too when REDIS is configured. @default false */
  withRedis?: boolean;
}

/** Reads the configuration and opens the database (and Redis), failing with one clear line each. */
export async function openRuntime(options: OpenRuntimeOptions = {}): Promise<Runtime> {
  const env = loadEnv({ env: process.env, cwd: process.cwd() });
  const database = createDatabase(toDatabaseConfig(env));
  try {
    await checkConnection(database, {
      retries: env.DB_CONNECT_RETRIES,
      delayMs: env.DB_CONNECT_RETRY_DELAY,
      ...(options.onRetry ? { onRetry: options.onRetry } : {}),
    });
  } catch (error) {
    await database.destroy().catch(() => {});
    throw error;
  }
  const redis = options.withRedis && env.REDIS ? await connectRedis(env.REDIS) : undefined;
  return {
    env,
    database,
    redis,
    async close() {
      redis?.disconnect();
      await database.destroy();
    },
  };
}

/** ioredis is loaded only when Redis is configured: it costs a fifth of a second of start-up. */
async function connectRedis(url: string): Promise<Redis> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2, enableOfflineQueue: false });
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    const host = new URL(url).host;
    throw new Error(
      `Could not connect to Redis at ${host} (${(error as Error).message}). Check REDIS, or unset it to run without Redis.`,
    );
  }
  return redis;
}
