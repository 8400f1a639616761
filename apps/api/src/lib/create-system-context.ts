import type { PlinthDatabase } from '@plinth/database';
import type { PlinthEnv } from '@plinth/env';
import { createSchemaCache, fetchSchemaOverview, introspectDatabase } from '@plinth/schema';
import { createEventBus, type ServiceContext } from '@plinth/services';

/**
 * A service context for the command line: the system itself (no accountability, so trusted), with
 * its own schema cache. Other running instances pick up changes through their own invalidation.
 */
export async function createSystemContext(env: PlinthEnv, database: PlinthDatabase): Promise<ServiceContext> {
  const schemaCache = createSchemaCache({
    load: () =>
      fetchSchemaOverview(database, (db) =>
        introspectDatabase(db, {
          excludeTables: [...env.DB_EXCLUDE_TABLES],
          ...(env.DB_SEARCH_PATH?.[0] ? { schema: env.DB_SEARCH_PATH[0] } : {}),
        }),
      ),
  });
  return {
    database,
    db: database.kysely,
    accountability: null,
    schema: await schemaCache.get(),
    schemaCache,
    limits: {
      queryLimitDefault: env.QUERY_LIMIT_DEFAULT,
      queryLimitMax: env.QUERY_LIMIT_MAX,
      maxRelationalDepth: env.MAX_RELATIONAL_DEPTH,
      maxJsonQueryDepth: env.MAX_JSON_QUERY_DEPTH,
      maxBatchMutation: env.MAX_BATCH_MUTATION,
    },
    // The command line has no extensions yet: its own bus, so item writes emit to no one.
    events: createEventBus(),
  };
}
