import { type SystemColumnType, systemTables } from '@plinth/database';

/**
 * The portable type of every system column (`table.column` → `uuid`, `json`, `boolean`, ...), as the
 * install migration declares it. The overview uses it so a system field has the same type on every engine,
 * whatever the engine stores (UUIDs as `char(36)`, JSON as text, booleans as tinyint).
 */
export function toSystemColumnTypes(): Map<string, SystemColumnType> {
  const types = new Map<string, SystemColumnType>();
  for (const table of systemTables) {
    for (const column of table.columns) types.set(`${table.name}.${column.name}`, column.type);
  }
  return types;
}
