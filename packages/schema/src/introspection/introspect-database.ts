import type { PlinthDatabase } from '@plinth/database';
import type { DatabaseSchema } from './database-schema.js';
import { getDatabaseIntrospector } from './get-database-introspector.js';
import { buildDatabaseSchema } from './lib/build-database-schema.js';

/** Options for {@link introspectDatabase}. */
export interface IntrospectDatabaseOptions {
  /**
   * The PostgreSQL or MS SQL schema (the MySQL database) to read. Ignored on SQLite.
   * @default the connection's current schema: the first existing entry of the PostgreSQL search path, `database()` on MySQL, `schema_name()` on MS SQL
   */
  schema?: string;
  /**
   * Tables to leave out, by exact name (`DB_EXCLUDE_TABLES`).
   * @default []
   */
  excludeTables?: string[];
}

/**
 * Reads every base table of a database (views excluded) with its columns, keys, indexes and
 * foreign keys, in a small fixed number of statements whatever the number of tables: one on
 * PostgreSQL and SQLite, five (run side by side) on MySQL, four on MS SQL.
 *
 * @example
 * const schema = await introspectDatabase(db, { excludeTables: ['spatial_ref_sys'] });
 * schema.tables['articles']?.columns['title']?.max_length; // 255
 */
export async function introspectDatabase(
  db: PlinthDatabase,
  options: IntrospectDatabaseOptions = {},
): Promise<DatabaseSchema> {
  const introspector = getDatabaseIntrospector(db.client);
  const catalog = await introspector.readCatalog(
    db.kysely,
    options.schema === undefined ? {} : { schema: options.schema },
  );
  return buildDatabaseSchema(catalog, db.client, options.excludeTables);
}
