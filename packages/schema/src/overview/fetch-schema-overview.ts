import type { PlinthDatabase } from '@plinth/database';
import type { SchemaOverview } from '@plinth/types';
import type { DatabaseSchema } from '../introspection/database-schema.js';
import { buildSchemaOverview } from './build-schema-overview.js';
import type { CollectionMetaRow, FieldMetaRow, RelationMetaRow } from './meta-rows.js';

/** Reads the database's tables; `introspectDatabase` bound to its options, in the app. */
export type IntrospectFunction = (db: PlinthDatabase) => Promise<DatabaseSchema>;

/**
 * Reads the three meta tables and the database's structure, and merges them with {@link buildSchemaOverview}.
 * Driver differences in the rows (booleans as 1/0, JSON as text, CSV lists) are decoded on the way.
 *
 * @example
 * const overview = await fetchSchemaOverview(db, (db) => introspectDatabase(db, { excludeTables }));
 */
export async function fetchSchemaOverview(
  db: PlinthDatabase,
  introspect: IntrospectFunction,
): Promise<SchemaOverview> {
  const [database, collections, fields, relations] = await Promise.all([
    introspect(db),
    db.kysely.selectFrom('directus_collections').selectAll().execute(),
    db.kysely.selectFrom('directus_fields').selectAll().orderBy('id').execute(),
    db.kysely.selectFrom('directus_relations').selectAll().orderBy('id').execute(),
  ]);
  return buildSchemaOverview({
    database,
    collections: collections as CollectionMetaRow[],
    fields: fields as FieldMetaRow[],
    relations: relations as RelationMetaRow[],
  });
}
