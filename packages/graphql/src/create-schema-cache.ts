import type { SchemaOverview } from '@plinth/types';
import type { GraphQLSchema } from 'graphql';
import { createItemsSchema, type ItemsSchemaOptions } from './create-items-schema.js';

/** Generates one scope's schema: {@link createItemsSchema} or `createSystemSchema`. */
export type SchemaGenerator = (overview: SchemaOverview, options: ItemsSchemaOptions) => GraphQLSchema;

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
 * (`GRAPHQL_SCHEMA_CACHE_CAPACITY`); the least recently used key goes first. One cache serves one
 * scope, whose schemas `generate` builds.
 */
export function createSchemaCache(
  capacity = 100,
  generate: SchemaGenerator = createItemsSchema,
): SchemaCache {
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
      const schema = generate(overview, options);
      schemas.set(key, schema);
      if (schemas.size > capacity) schemas.delete(schemas.keys().next().value!);
      return schema;
    },
  };
}
