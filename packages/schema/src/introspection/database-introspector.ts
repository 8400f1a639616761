import type { Kysely } from 'kysely';
import type { Catalog } from './lib/catalog.js';

/** Options every introspector understands. */
export interface ReadCatalogOptions {
  /**
   * The schema (PostgreSQL, MS SQL) or database (MySQL) to read. Ignored on SQLite.
   * @default the connection's current schema: `current_schema()`, `database()`, `schema_name()`
   */
  schema?: string;
}

/**
 * Reads one engine's catalog for all tables of a schema in a fixed, small number of statements.
 * One object per engine, chosen by client, so engine quirks never leak into shared code.
 */
export interface DatabaseIntrospector {
  readCatalog(db: Kysely<any>, options: ReadCatalogOptions): Promise<Catalog>;
}
