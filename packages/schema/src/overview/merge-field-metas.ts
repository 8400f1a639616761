import type { SystemColumnType } from '@plinth/database';
import type { TableSchema } from '../introspection/database-schema.js';
import { toSystemFieldMeta } from '../system-data/to-system-field-meta.js';
import type { FieldMeta } from './wire-types.js';

/** Input of {@link mergeFieldMetas}. */
export interface MergeFieldMetasInput {
  table: TableSchema;
  /** Metas from `directus_fields` for this collection. */
  stored: FieldMeta[];
  /** Metas Plinth declares for this collection; empty for user collections. */
  system: FieldMeta[];
  /** Declared system column types (`table.column` keys), to recognise undeclared system columns. */
  systemTypes: Map<string, SystemColumnType>;
}

/**
 * One meta per field name. On a system collection Plinth's own meta wins over a stored row for the same
 * field (system fields are not user-editable), stored rows describe fields users added, and a system column
 * that has neither gets a default system meta, so every system field reports `meta.system`.
 */
export function mergeFieldMetas(input: MergeFieldMetasInput): Map<string, FieldMeta> {
  const metas = new Map<string, FieldMeta>();
  for (const meta of input.system) metas.set(meta.field, meta);
  for (const meta of input.stored) if (!metas.has(meta.field)) metas.set(meta.field, meta);
  if (input.system.length === 0) return metas;
  let sort = input.system.length;
  for (const column of Object.keys(input.table.columns)) {
    if (metas.has(column) || !input.systemTypes.has(`${input.table.name}.${column}`)) continue;
    sort += 1;
    metas.set(column, toSystemFieldMeta(input.table.name, { field: column }, sort));
  }
  return metas;
}
