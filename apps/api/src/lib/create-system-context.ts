import type { PlinthDatabase } from '@plinth/database';
import type { PlinthEnv } from '@plinth/env';
import { createSchemaCache, fetchSchemaOverview, introspectDatabase } from '@plinth/schema';
import type { ServiceContext } from '@plinth/services';

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
  };
}
