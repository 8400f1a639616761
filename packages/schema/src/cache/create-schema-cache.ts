import { randomUUID } from 'node:crypto';
import type { SchemaOverview } from '@plinth/types';
import type { SchemaBus } from './schema-bus.js';

/** Options of {@link createSchemaCache}. */
export interface SchemaCacheOptions {
  /** Builds a fresh overview, e.g. `() => fetchSchemaOverview(db, introspect)`. */
  load: () => Promise<SchemaOverview>;
  /** Shares invalidations with the other instances. @default none: invalidation stays local */
  bus?: SchemaBus;
}

/** The data model, loaded once and kept until it is invalidated here or on another instance. */
export interface SchemaCache {
  /** The current overview; loads it on first use and after an invalidation. Concurrent callers share one load. */
  get(): Promise<SchemaOverview>;
  /** Drops the overview here and tells every other instance on the bus to drop theirs. */
  invalidate(): Promise<void>;
  /** Stops listening to the bus. */
  close(): Promise<void>;
}

/**
 * Creates the schema cache of one API instance. A failed load is not kept, so the next `get()` tries again;
 * an invalidation during a load lets that load finish for its callers but makes the next `get()` load anew.
 *
 * @example
 * const cache = createSchemaCache({ load: () => fetchSchemaOverview(db, introspect), bus });
 * const schema = await cache.get();
 * await cache.invalidate(); // after a DDL change
 */
export function createSchemaCache(options: SchemaCacheOptions): SchemaCache {
  const origin = randomUUID();
  let current: Promise<SchemaOverview> | null = null;
  const drop = () => {
    current = null;
  };
  const subscription = options.bus
    ? options.bus.subscribe((message) => {
        if (message.type === 'invalidate' && message.origin !== origin) drop();
      })
    : Promise.resolve(async () => {});
  // Surfaced by get(): a cache that cannot hear invalidations must not quietly serve a stale model.
  let closed = false;
  let unsubscribe: (() => Promise<void>) | null = null;
  subscription.then(
    (stop) => {
      unsubscribe = stop;
      if (closed) void stop().catch(() => {});
    },
    () => {},
  );

  return {
    async get() {
      await subscription;
      if (current) return current;
      const loading = options.load();
      current = loading;
      loading.catch(() => {
        if (current === loading) current = null;
      });
      return loading;
    },
    async invalidate() {
      drop();
      await options.bus?.publish({ type: 'invalidate', origin });
    },
    async close() {
      // A subscription still waiting for its server is stopped when it arrives; close never waits on it.
      closed = true;
      await unsubscribe?.();
    },
  };
}
