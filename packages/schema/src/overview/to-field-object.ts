import { ForbiddenError } from '@plinth/errors';
import type { FieldType, SchemaOverview } from '@plinth/types';
import type { FieldMeta, FieldSchema } from './wire-types.js';

/** A field as `GET /fields` returns it. */
export interface FieldObject {
  collection: string;
  field: string;
  type: FieldType;
  /** The column; null for alias fields. */
  schema: FieldSchema | null;
  /** The `directus_fields` row (system fields: Plinth's meta with `system: true`); null when unmanaged. */
  meta: FieldMeta | null;
}

/** The wire object of one field, detached from the (cached) overview. An unknown collection or field throws `FORBIDDEN`. */
export function toFieldObject(overview: SchemaOverview, collection: string, field: string): FieldObject {
  const found = overview.collections[collection]?.fields[field];
  if (!found) throw new ForbiddenError();
  return {
    collection,
    field,
    type: found.type,
    schema: found.schema ? { ...found.schema } : null,
    meta: structuredClone(found.meta),
  };
}

/** The fields of one collection, or of every collection (by name), in each collection's field order. */
export function toFieldObjects(overview: SchemaOverview, collection?: string): FieldObject[] {
  if (collection !== undefined && !overview.collections[collection]) throw new ForbiddenError();
  const names = collection === undefined ? Object.keys(overview.collections).sort() : [collection];
  return names.flatMap((name) =>
    Object.keys(overview.collections[name]!.fields).map((field) => toFieldObject(overview, name, field)),
  );
}
