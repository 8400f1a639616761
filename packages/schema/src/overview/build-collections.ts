import type { SystemColumnType } from '@plinth/database';
import type { CollectionOverview } from '@plinth/types';
import type { DatabaseSchema, TableSchema } from '../introspection/database-schema.js';
import { isSystemCollection } from '../system-data/is-system-collection.js';
import { toSystemCollectionMeta } from '../system-data/to-system-collection-meta.js';
import type { SystemMetaIndex } from '../system-data/to-system-meta-index.js';
import { buildFields } from './build-fields.js';
import { mergeFieldMetas } from './merge-field-metas.js';
import type { CollectionMeta, CollectionSchema, FieldMeta } from './wire-types.js';

/** Input of {@link buildCollections}: the database and the decoded meta rows, grouped by collection. */
export interface BuildCollectionsInput {
  database: DatabaseSchema;
  collectionMetas: Map<string, CollectionMeta>;
  fieldMetas: Map<string, FieldMeta[]>;
  system: SystemMetaIndex;
  systemTypes: Map<string, SystemColumnType>;
}

function toCollectionSchema(table: TableSchema): CollectionSchema {
  return table.schema === null
    ? { name: table.name, comment: table.comment }
    : { name: table.name, comment: table.comment, schema: table.schema };
}

function collectionMetaOf(input: BuildCollectionsInput, name: string): CollectionMeta | null {
  if (!isSystemCollection(name)) return input.collectionMetas.get(name) ?? null;
  return input.system.collections.get(name) ?? toSystemCollectionMeta({ collection: name, fields: [] });
}

function buildCollection(input: BuildCollectionsInput, table: TableSchema): CollectionOverview {
  const system = isSystemCollection(table.name);
  const meta = collectionMetaOf(input, table.name);
  const metas = mergeFieldMetas({
    table,
    stored: input.fieldMetas.get(table.name) ?? [],
    system: system ? (input.system.fields.get(table.name) ?? []) : [],
    systemTypes: input.systemTypes,
  });
  return {
    collection: table.name,
    primary: table.primaryKey[0] ?? '',
    primaryKeys: [...table.primaryKey],
    system,
    // Tables created outside Plinth have no meta: they behave as a plain, fully tracked collection.
    singleton: meta?.singleton ?? false,
    sortField: meta?.sort_field ?? null,
    accountability: meta ? meta.accountability : 'all',
    note: meta?.note ?? null,
    fields: buildFields({
      table,
      client: input.database.client,
      metas,
      systemTypes: system ? input.systemTypes : undefined,
    }),
    meta,
    schema: toCollectionSchema(table),
  };
}

/**
 * Every table as a collection, and every stored collection meta without a table as a folder (a system
 * name without a table is not a folder: it is a system table this database does not have).
 */
export function buildCollections(input: BuildCollectionsInput): {
  collections: Record<string, CollectionOverview>;
  folders: Record<string, CollectionMeta>;
} {
  const collections: Record<string, CollectionOverview> = {};
  for (const table of Object.values(input.database.tables))
    collections[table.name] = buildCollection(input, table);
  const folders: Record<string, CollectionMeta> = {};
  for (const [name, meta] of input.collectionMetas) {
    if (!(name in collections) && !isSystemCollection(name)) folders[name] = meta;
  }
  return { collections, folders };
}
