import { InvalidPayloadError } from '@plinth/errors';
import type { TableSchema } from '../introspection/database-schema.js';
import type { DdlPlan, DdlTarget } from './ddl-types.js';
import { getDdlDialect } from './dialects/get-ddl-dialect.js';

/**
 * Plans dropping the foreign key on `column` (the relation's field); the column and its data stay.
 * Throws `INVALID_PAYLOAD` when the column has no foreign key. On SQLite the table is rebuilt.
 */
export function planDropForeignKey(target: DdlTarget, table: TableSchema, column: string): DdlPlan {
  const key = table.foreignKeys.find((candidate) => candidate.column === column);
  if (!key) {
    throw new InvalidPayloadError({
      reason: `Field "${column}" in collection "${table.name}" has no foreign key`,
    });
  }
  return { client: target.client, steps: getDdlDialect(target.client).dropForeignKey(target, table, key) };
}
