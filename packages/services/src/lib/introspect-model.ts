import type { PlinthDatabase } from '@plinth/database';
import { type DatabaseSchema, introspectDatabase } from '@plinth/schema';
import type { Kysely } from 'kysely';
import type { ServiceContext } from '../context/service-context.js';

/**
 * The database's tables as the DDL planners need them (the overview does not carry indexes or
 * constraint names). Read in the schema the cached model came from, so a PostgreSQL search path
 * set by the app is honoured; `executor` reads through an open connection or transaction instead.
 */
export async function introspectModel(ctx: ServiceContext, executor?: Kysely<any>): Promise<DatabaseSchema> {
  const schema = ctx.schema.collections.directus_collections?.schema.schema;
  const database: PlinthDatabase = executor ? { ...ctx.database, kysely: executor } : ctx.database;
  return introspectDatabase(database, schema === undefined ? {} : { schema });
}
