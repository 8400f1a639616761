import type { DatabaseSchema } from '@plinth/schema';

/**
 * The database as it will be once the foreign key on `table.column` is dropped, so a new key can
 * be planned in the same unit as the drop.
 */
export function withoutForeignKey(schema: DatabaseSchema, table: string, column: string): DatabaseSchema {
  const current = schema.tables[table];
  const currentColumn = current?.columns[column];
  if (!current || !currentColumn) return schema;
  const columns = {
    ...current.columns,
    [column]: {
      ...currentColumn,
      foreign_key_schema: null,
      foreign_key_table: null,
      foreign_key_column: null,
    },
  };
  const foreignKeys = current.foreignKeys.filter((key) => key.column !== column);
  return { ...schema, tables: { ...schema.tables, [table]: { ...current, columns, foreignKeys } } };
}
