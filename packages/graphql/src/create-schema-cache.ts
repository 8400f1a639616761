import type { SchemaOverview } from '@plinth/types';
import type { GraphQLSchema } from 'graphql';
import { createItemsSchema, type ItemsSchemaOptions } from './create-items-schema.js';

/** Generated schemas, kept as long as their data model is. */
export interface SchemaCache {
  /**
   * The schema of `overview` for the callers sharing `key` (their permissions' fingerprint; one key
   * such as `'all'` while everyone sees the same schema). Built on first use with `options`.
   */
  get(overview: SchemaOverview, key: string, options?: ItemsSchemaOptions): GraphQLSchema;
}

/**
 * Caches generated schemas per data model (weakly: a replaced `SchemaOverview` takes its schemas
 * with it) and, within one, per key, holding at most `capacity` keys per model
 * (`GRAPHQL_SCHEMA_CACHE_CAPACITY`); the least recently used key goes first.
 */
export function createSchemaCache(capacity = 100): SchemaCache {
  const byOverview = new WeakMap<SchemaOverview, Map<string, GraphQLSchema>>();
  return {
    get(overview, key, options = {}) {
      const schemas = byOverview.get(overview) ?? new Map<string, GraphQLSchema>();
      byOverview.set(overview, schemas);
      const cached = schemas.get(key);
      if (cached) {
        schemas.delete(key);
        schemas.set(key, cached);
        return cached;
      }
      const schema = createItemsSchema(overview, options);
      schemas.set(key, schema);
      if (schemas.size > capacity) schemas.delete(schemas.keys().next().value!);
      return schema;
    },
  };
}
