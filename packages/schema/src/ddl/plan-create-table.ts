import { InvalidPayloadError } from '@plinth/errors';
import type { CreateTableBuilder } from 'kysely';
import type { DdlPlan, DdlStep, DdlTarget, FieldInput } from './ddl-types.js';
import { defineColumn } from './define-column.js';
import type { DdlDialect } from './dialects/ddl-dialect.js';
import { getDdlDialect } from './dialects/get-ddl-dialect.js';
import { isColumnFieldType, type ResolvedField, resolveField } from './resolve-field.js';
import { createStep } from './steps/create-step.js';
import { createIndexStep } from './steps/index-steps.js';
import { toConstraintName } from './to-constraint-name.js';
import { assertValidFields } from './validation/assert-valid-fields.js';
import { assertValidIdentifier } from './validation/assert-valid-identifier.js';

/** Options of {@link planCreateTable}. */
export interface PlanCreateTableOptions {
  /** Allow a `directus_` table name (Plinth's own tables). @default false */
  system?: boolean;
}

function createTableStep(
  dialect: DdlDialect,
  target: DdlTarget,
  table: string,
  fields: ResolvedField[],
): DdlStep {
  return createStep(target, {
    table,
    description: `Create table ${table} (${fields.map((field) => field.name).join(', ')})`,
    build(ex) {
      let create = ex.schema.createTable(table) as unknown as CreateTableBuilder<string, string>;
      for (const field of fields) {
        create = create.addColumn(field.name, dialect.columnType(field), (col) =>
          defineColumn(col, field, dialect),
        );
      }
      const key = fields.find((field) => field.primaryKey && !field.autoIncrement);
      if (key) create = create.addPrimaryKeyConstraint(toConstraintName(table, [], 'pkey'), [key.name]);
      for (const field of fields) {
        if (!field.unique || dialect.uniqueNeedsFilteredIndex(field)) continue;
        create = create.addUniqueConstraint(toConstraintName(table, [field.name], 'unique'), [field.name]);
      }
      return [create];
    },
    undo: createStep(target, {
      table,
      description: `Drop table ${table}`,
      build: (ex) => [ex.schema.dropTable(table)],
    }),
  });
}

/**
 * Plans a new table from a collection's fields: the table with its primary key and unique
 * constraints, then column comments and indexes. Alias and `null`-typed fields get no column.
 * Validates first and throws `INVALID_PAYLOAD` before anything is planned.
 *
 * @example
 * const plan = planCreateTable(db, 'articles', [
 *   { field: 'id', type: 'integer', schema: { has_auto_increment: true } },
 *   { field: 'title', type: 'string', schema: { max_length: 200, is_nullable: false } },
 * ]);
 * await runPlan(db, plan);
 */
export function planCreateTable(
  target: DdlTarget,
  table: string,
  fields: readonly FieldInput[],
  options: PlanCreateTableOptions = {},
): DdlPlan {
  const dialect = getDdlDialect(target.client);
  assertValidIdentifier(table, 'collection', options);
  assertValidFields(fields, target.client);
  const columns: ResolvedField[] = [];
  for (const field of fields) {
    if (isColumnFieldType(field.type)) columns.push(resolveField({ ...field, type: field.type }));
  }
  if (columns.length === 0) {
    throw new InvalidPayloadError({ reason: `Collection "${table}" needs at least one field with a column` });
  }
  const steps = [createTableStep(dialect, target, table, columns)];
  for (const field of columns) {
    if (field.comment === null) continue;
    const statements = (ex: Parameters<typeof dialect.commentStatements>[0]) =>
      dialect.commentStatements(ex, table, field);
    if (statements(target.kysely).length === 0) continue;
    steps.push(
      createStep(target, {
        table,
        column: field.name,
        description: `Comment ${table}.${field.name}`,
        build: statements,
      }),
    );
  }
  for (const field of columns) {
    if (field.unique && dialect.uniqueNeedsFilteredIndex(field)) {
      steps.push(createIndexStep(dialect, target, table, field, true));
    } else if (field.indexed && !field.unique) {
      steps.push(createIndexStep(dialect, target, table, field, false));
    }
  }
  return { client: target.client, steps };
}
