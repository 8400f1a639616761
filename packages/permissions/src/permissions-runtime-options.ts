import type { Redis } from 'ioredis';

/** Where the runtime reports trouble that does not fail a request (a pino or Fastify logger fits). */
export interface PermissionsLogger {
  warn(details: object, message: string): void;
}

/** Options of `createPermissionsRuntime`. */
export interface PermissionsRuntimeOptions {
  /**
   * Redis, as a URL or a connected ioredis client, to share invalidations between API instances.
   * @default none: invalidation stays in this process
   */
  redis?: string | Redis | undefined;
  /** The pub/sub channel all instances of one deployment share. @default 'plinth:permissions' */
  channel?: string;
  /** Told about unreadable permission rows and Redis errors. @default silent */
  log?: PermissionsLogger | undefined;
  /** Resolved permission sets kept in memory before the oldest go. @default 1000 */
  maxEntries?: number;
}
