import { InvalidPayloadError } from '@plinth/errors';
import type { TableSchema } from '../introspection/database-schema.js';
import type { DdlPlan, DdlStep, DdlTarget, FieldInput } from './ddl-types.js';
import { defineColumn } from './define-column.js';
import type { DdlDialect } from './dialects/ddl-dialect.js';
import { getDdlDialect } from './dialects/get-ddl-dialect.js';
import { rebuildSqliteTable } from './dialects/sqlite/rebuild-sqlite-table.js';
import { isColumnFieldType, type ResolvedField, resolveField } from './resolve-field.js';
import { createStep } from './steps/create-step.js';
import { createIndexStep } from './steps/index-steps.js';
import { assertValidField } from './validation/assert-valid-field.js';

/**
 * SQLite's `add column` refuses a NOT NULL column without a default and a non-constant default
 * (the current time); those columns are added by rebuilding the table instead.
 */
function needsRebuild(dialect: DdlDialect, field: ResolvedField): boolean {
  if (dialect.runMode !== 'sqlite') return false;
  return (!field.nullable && field.default.kind === 'none') || field.default.kind === 'now';
}

function addColumnSteps(
  dialect: DdlDialect,
  target: DdlTarget,
  table: TableSchema,
  field: ResolvedField,
): DdlStep[] {
  if (needsRebuild(dialect, field)) return rebuildSqliteTable(dialect, target, table, { add: field });
  const at = { table: table.name, column: field.name };
  const steps = [
    createStep(target, {
      ...at,
      description: `Add column ${table.name}.${field.name}`,
      build: (ex) => [
        ex.schema
          .alterTable(table.name)
          .addColumn(field.name, dialect.columnType(field), (col) => defineColumn(col, field, dialect)),
      ],
      undo: createStep(target, {
        ...at,
        description: `Drop column ${table.name}.${field.name}`,
        build: (ex) => [ex.schema.alterTable(table.name).dropColumn(field.name)],
      }),
    }),
  ];
  if (field.comment !== null && dialect.commentStatements(target.kysely, table.name, field).length > 0) {
    steps.push(
      createStep(target, {
        ...at,
        description: `Comment ${table.name}.${field.name}`,
        build: (ex) => dialect.commentStatements(ex, table.name, field),
      }),
    );
  }
  return steps;
}

/**
 * Plans adding one field's column to an existing table, with its unique or plain index. A field
 * without a column (alias, `type: null`) gives an empty plan. A primary key cannot be added to an
 * existing table. Throws `INVALID_PAYLOAD` before planning when the field is invalid or exists.
 */
export function planAddColumn(target: DdlTarget, table: TableSchema, input: FieldInput): DdlPlan {
  const dialect = getDdlDialect(target.client);
  assertValidField(input, target.client);
  if (!isColumnFieldType(input.type)) return { client: target.client, steps: [] };
  const exists = Object.keys(table.columns).some((name) => name.toLowerCase() === input.field.toLowerCase());
  if (exists) {
    throw new InvalidPayloadError({
      reason: `Field "${input.field}" already exists in collection "${table.name}"`,
    });
  }
  const field = resolveField({ ...input, type: input.type });
  if (field.primaryKey) {
    throw new InvalidPayloadError({
      reason: `A primary key can't be added to the existing collection "${table.name}"`,
    });
  }
  const steps = addColumnSteps(dialect, target, table, field);
  if (field.unique) steps.push(createIndexStep(dialect, target, table.name, field, true));
  else if (field.indexed) steps.push(createIndexStep(dialect, target, table.name, field, false));
  return { client: target.client, steps };
}
