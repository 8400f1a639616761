import type { CollectionOverview, Item, Query } from '@plinth/types';

/**
 * What a singleton reads as before its row exists: each requested column's default (its primary key
 * `null`), so a client can render the form it will save. Alias fields have no column and no default.
 */
export function readSingletonDefaults(overview: CollectionOverview, query: Query): Item {
  const asked = query.fields ?? ['*'];
  const everything = asked.some((path) => path.split('.')[0] === '*');
  const roots = new Set(asked.map((path) => path.split('.')[0]));
  const defaults: Item = {};
  for (const field of Object.values(overview.fields)) {
    if (field.alias || field.special.includes('no-data')) continue;
    if (!everything && !roots.has(field.field)) continue;
    defaults[field.field] = field.field === overview.primary ? null : (field.defaultValue ?? null);
  }
  return defaults;
}
