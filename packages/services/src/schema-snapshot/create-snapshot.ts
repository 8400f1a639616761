import { toCollectionObject, toFieldObject, toRelationObject } from '@plinth/schema';
import type { DatabaseClient } from '@plinth/types';
import { assertAdmin } from '../context/assert-admin.js';
import type { ServiceContext } from '../context/service-context.js';
import type {
  Snapshot,
  SnapshotCollection,
  SnapshotField,
  SnapshotRelation,
  SnapshotSystemField,
  SnapshotVendor,
} from './snapshot-types.js';

const VENDORS: Record<DatabaseClient, SnapshotVendor> = {
  sqlite: 'sqlite',
  pg: 'postgres',
  mysql: 'mysql',
  mssql: 'mssql',
};

const isSystem = (collection: string) => collection.startsWith('directus_');
const byName = (a: { collection: string; field?: string }, b: { collection: string; field?: string }) =>
  a.collection.localeCompare(b.collection) || (a.field ?? '').localeCompare(b.field ?? '');

function without(record: Record<string, unknown> | null, keys: string[]): Record<string, unknown> | null {
  if (record === null) return null;
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

/**
 * The user data model as a portable document: tracked user collections (those with a meta row),
 * all their fields and relations, and indexes added to system fields. Untracked tables stay out, as
 * do engine-only details (schema names, comments). Unlike Directus, columns of a tracked table that
 * have no meta row are kept: a relation on such a column would otherwise point at nothing.
 */
export function createSnapshot(ctx: ServiceContext, version: string): Snapshot {
  assertAdmin(ctx);
  const { schema } = ctx;
  const collections: SnapshotCollection[] = [];
  const fields: SnapshotField[] = [];
  const systemFields: SnapshotSystemField[] = [];

  for (const name of Object.keys(schema.collections)) {
    const collection = toCollectionObject(schema, name);
    for (const fieldName of Object.keys(schema.collections[name]!.fields)) {
      const field = toFieldObject(schema, name, fieldName);
      if (isSystem(name)) {
        const column = field.schema as Record<string, unknown> | null;
        // Indexes an engine makes by itself (keys, unique columns, MySQL's foreign-key indexes) are not additions.
        const implied = column?.is_primary_key || column?.is_unique || column?.foreign_key_table;
        if (column?.is_indexed && !implied) {
          systemFields.push({ collection: name, field: fieldName, schema: { is_indexed: true } });
        }
        continue;
      }
      // A column without a meta row still belongs to a tracked table: relations may sit on it.
      if (collection.meta === null || (field.meta === null && field.schema === null)) continue;
      fields.push({
        collection: name,
        field: fieldName,
        type: field.type,
        meta: field.meta === null ? null : without(field.meta as unknown as Record<string, unknown>, ['id']),
        schema: without(field.schema as Record<string, unknown> | null, [
          'comment',
          'schema',
          'foreign_key_schema',
        ]),
      });
    }
    if (isSystem(name) || collection.meta === null) continue;
    collections.push({
      collection: name,
      meta: collection.meta as unknown as Record<string, unknown>,
      schema: collection.schema ? { name: (collection.schema as { name: string }).name } : null,
    });
  }

  const tracked = new Set(collections.map((entry) => entry.collection));
  const relations: SnapshotRelation[] = schema.relations
    .filter((relation) => tracked.has(relation.collection) && relation.meta !== null)
    .map((relation) => {
      const object = toRelationObject(relation);
      return {
        collection: object.collection,
        field: object.field,
        related_collection: object.related_collection,
        meta: without(object.meta as unknown as Record<string, unknown>, ['id']),
        schema: without(object.schema as Record<string, unknown> | null, ['foreign_key_schema']),
      };
    });

  return {
    version: 1,
    directus: version,
    vendor: VENDORS[ctx.database.client],
    collections: collections.sort(byName),
    fields: fields.sort(byName),
    systemFields: systemFields.sort(byName),
    relations: relations.sort(byName),
  };
}
