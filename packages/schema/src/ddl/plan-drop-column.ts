import { InvalidPayloadError } from '@plinth/errors';
import type { TableSchema } from '../introspection/database-schema.js';
import type { DdlPlan, DdlTarget } from './ddl-types.js';
import { getDdlDialect } from './dialects/get-ddl-dialect.js';

/**
 * Throws `INVALID_PAYLOAD` unless the column exists and is not (part of) the primary key: a
 * collection without its key could no longer address its items.
 */
export function assertDroppableColumn(table: TableSchema, column: string): void {
  const current = table.columns[column];
  if (!current) {
    throw new InvalidPayloadError({
      reason: `Field "${column}" doesn't exist in collection "${table.name}"`,
    });
  }
  if (current.is_primary_key || table.primaryKey.includes(column)) {
    throw new InvalidPayloadError({
      reason: `Field "${column}" is the primary key of "${table.name}" and can't be dropped`,
    });
  }
}

/**
 * Plans dropping one column with whatever the engine will not drop by itself (foreign keys on
 * MySQL and MS SQL, defaults and indexes on MS SQL; a rebuild on SQLite when the column is in a
 * key). The drop itself comes last: it loses data, so it has no undo.
 */
export function planDropColumn(target: DdlTarget, table: TableSchema, column: string): DdlPlan {
  assertDroppableColumn(table, column);
  return { client: target.client, steps: getDdlDialect(target.client).dropColumn(target, table, column) };
}
