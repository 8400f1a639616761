import type { SchemaOverview } from '@plinth/types';
import type { DatabaseSchema } from '../introspection/database-schema.js';
import { toSystemColumnTypes } from '../system-data/to-system-column-types.js';
import { toSystemMetaIndex } from '../system-data/to-system-meta-index.js';
import { alignForeignKeyTypes } from './align-foreign-key-types.js';
import { buildCollections } from './build-collections.js';
import { buildRelations } from './build-relations.js';
import type { CollectionMetaRow, FieldMetaRow, RelationMetaRow } from './meta-rows.js';
import { toCollectionMeta } from './to-collection-meta.js';
import { toFieldMeta } from './to-field-meta.js';
import { toRelationMeta } from './to-relation-meta.js';
import type { CollectionMeta, FieldMeta } from './wire-types.js';

/** Input of {@link buildSchemaOverview}: what introspection saw, and the rows of the three meta tables. */
export interface SchemaOverviewInput {
  database: DatabaseSchema;
  /** Rows of `directus_collections` (raw driver values are fine: they are decoded here). */
  collections: CollectionMetaRow[];
  /** Rows of `directus_fields`. */
  fields: FieldMetaRow[];
  /** Rows of `directus_relations`. */
  relations: RelationMetaRow[];
}

function groupFieldMetas(rows: FieldMetaRow[]): Map<string, FieldMeta[]> {
  const grouped = new Map<string, FieldMeta[]>();
  for (const row of rows) {
    const meta = toFieldMeta(row);
    const list = grouped.get(meta.collection);
    if (list) list.push(meta);
    else grouped.set(meta.collection, [meta]);
  }
  return grouped;
}

/**
 * Merges introspection with the meta tables and Plinth's system data into the one `SchemaOverview` the
 * rest of Plinth reads. Pure: the same input always gives the same overview.
 *
 * @example
 * const overview = buildSchemaOverview({ database, collections: [], fields: [], relations: [] });
 * overview.collections['directus_users']?.fields['password']?.special; // ['hash', 'conceal']
 */
export function buildSchemaOverview(input: SchemaOverviewInput): SchemaOverview {
  const system = toSystemMetaIndex();
  const collectionMetas = new Map<string, CollectionMeta>(
    input.collections.map((row) => [row.collection, toCollectionMeta(row)]),
  );
  const { collections, folders } = buildCollections({
    database: input.database,
    collectionMetas,
    fieldMetas: groupFieldMetas(input.fields),
    system,
    systemTypes: toSystemColumnTypes(),
  });
  alignForeignKeyTypes(collections);
  const relations = buildRelations({
    database: input.database,
    collections,
    stored: input.relations.map(toRelationMeta),
    system: system.relations,
  });
  return { collections, folders, relations };
}
