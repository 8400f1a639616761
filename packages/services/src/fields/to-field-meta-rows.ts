import type { FieldPayload } from '../collections/collection-input.js';
import { hasColumn } from '../lib/alias-types.js';
import { toMetaRow } from '../lib/to-meta-row.js';
import { specialForType } from './special-for-type.js';

/** The meta a field is stored with: its own, plus the special flags its type needs; null for none. */
function metaOf(field: FieldPayload): Record<string, unknown> | null {
  const special = field.meta?.special ?? specialForType(field.type);
  if (!field.meta && !special && hasColumn(field.type)) return null;
  return { ...(field.meta ?? {}), ...(special ? { special } : {}) };
}

/**
 * The `directus_fields` rows of new fields: those with meta, those whose type needs a special flag,
 * and every alias field (the row is all it is). Numbered 1..n in payload order, restarting within
 * each group, unless a payload gives its own `sort`.
 */
export function toFieldMetaRows(
  collection: string,
  fields: FieldPayload[],
  firstSort = 1,
): Array<Record<string, unknown>> {
  const nextSort = new Map<string, number>();
  const rows: Array<Record<string, unknown>> = [];
  for (const field of fields) {
    const meta = metaOf(field);
    if (!meta) continue;
    const group = typeof meta.group === 'string' ? meta.group : '';
    const sort = nextSort.get(group) ?? firstSort;
    nextSort.set(group, sort + 1);
    rows.push(toMetaRow('directus_fields', { sort, ...meta, collection, field: field.field }));
  }
  return rows;
}
