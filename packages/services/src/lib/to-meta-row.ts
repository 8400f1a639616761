import { systemTables } from '@plinth/database';

/** System columns stored as comma-separated text and exchanged as arrays on the wire. */
const CSV_COLUMNS: Record<string, ReadonlySet<string>> = {
  directus_fields: new Set(['special']),
  directus_relations: new Set(['one_allowed_collections']),
  directus_policies: new Set(['ip_access']),
  directus_permissions: new Set(['fields']),
};

const columnsByTable = new Map(
  systemTables.map((table) => [table.name, new Map(table.columns.map((column) => [column.name, column]))]),
);

/**
 * A wire `meta` object as a row of a `directus_*` table: unknown keys dropped (the id too, which
 * the database assigns), JSON columns serialised, CSV columns joined. Engines differ in how they
 * take JSON; text is what all of them accept.
 */
export function toMetaRow(table: string, meta: Record<string, unknown>): Record<string, unknown> {
  const columns = columnsByTable.get(table);
  if (!columns) throw new Error(`${table} is not a system table`);
  const csv = CSV_COLUMNS[table];
  const row: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(meta)) {
    const column = columns.get(key);
    if (!column || column.autoIncrement) continue;
    if (csv?.has(key)) row[key] = Array.isArray(value) ? value.join(',') : value;
    else if (column.type === 'json')
      row[key] = value === null || value === undefined ? null : JSON.stringify(value);
    else row[key] = value;
  }
  return row;
}
