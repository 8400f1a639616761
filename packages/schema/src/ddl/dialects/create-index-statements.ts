import { type Kysely, sql } from 'kysely';
import type { ResolvedField } from '../resolve-field.js';
import type { DdlStatement } from '../steps/create-step.js';
import { toConstraintName } from '../to-constraint-name.js';

/** The name Plinth gives a single-column index: `<table>_<column>_unique` or `_index`. */
export function toIndexName(table: string, column: string, unique: boolean): string {
  return toConstraintName(table, [column], unique ? 'unique' : 'index');
}

/**
 * `create [unique] index` over one column; `filtered` adds `where column is not null` so a unique
 * index lets many rows be null on engines whose unique constraints allow only one.
 */
export function createIndexStatements(
  executor: Kysely<any>,
  table: string,
  field: ResolvedField,
  unique: boolean,
  filtered = false,
): DdlStatement[] {
  let builder = executor.schema
    .createIndex(toIndexName(table, field.name, unique))
    .on(table)
    .column(field.name);
  if (unique) builder = builder.unique();
  if (filtered) builder = builder.where(sql.ref(field.name), 'is not', null);
  return [builder];
}
