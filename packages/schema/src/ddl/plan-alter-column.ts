import { InvalidPayloadError } from '@plinth/errors';
import type { ColumnSchema, IndexSchema, TableSchema } from '../introspection/database-schema.js';
import type { DdlPlan, DdlStep, DdlTarget, FieldSchemaInput } from './ddl-types.js';
import { getDdlDialect } from './dialects/get-ddl-dialect.js';
import { type ColumnFieldType, isColumnFieldType, resolveField } from './resolve-field.js';
import { createIndexStep, dropIndexStep } from './steps/index-steps.js';
import { assertValidField } from './validation/assert-valid-field.js';

/** A change to one existing column: the keys present change, the others stay as they are. */
export interface FieldChange {
  field: string;
  /** The field's type after the change; give it to change the type, `max_length` or precision. */
  type?: string;
  schema?: FieldSchemaInput;
}

const sizeKeys = ['max_length', 'numeric_precision', 'numeric_scale'] as const;

/** The type used to read a default when the type does not change. */
function guessType(column: ColumnSchema): ColumnFieldType {
  return /bool|bit|tinyint/i.test(column.data_type) ? 'boolean' : 'string';
}

/** The column's current options, with the change laid over them. */
function mergeSchema(current: ColumnSchema, schema: FieldSchemaInput): FieldSchemaInput {
  const sized = /char/i.test(current.data_type);
  const numeric = /decimal|numeric/i.test(current.data_type);
  return {
    default_value: current.has_auto_increment ? null : current.default_value,
    ...(sized ? { max_length: current.max_length } : {}),
    ...(numeric
      ? { numeric_precision: current.numeric_precision, numeric_scale: current.numeric_scale }
      : {}),
    is_nullable: current.is_nullable,
    is_unique: current.is_unique,
    is_primary_key: current.is_primary_key,
    has_auto_increment: current.has_auto_increment,
    comment: current.comment,
    ...schema,
  };
}

function assertChange(table: TableSchema, change: FieldChange): ColumnSchema {
  const current = table.columns[change.field];
  if (!current) {
    throw new InvalidPayloadError({
      reason: `Field "${change.field}" doesn't exist in collection "${table.name}"`,
    });
  }
  const schema = change.schema ?? {};
  if (change.type !== undefined && !isColumnFieldType(change.type)) {
    throw new InvalidPayloadError({
      reason: `Field "${change.field}" can't be changed to type "${change.type}"`,
    });
  }
  if (change.type === undefined && sizeKeys.some((key) => schema[key] !== undefined)) {
    throw new InvalidPayloadError({ reason: `Field "${change.field}": give "type" to change its size` });
  }
  const keyChange =
    (schema.is_primary_key !== undefined && schema.is_primary_key !== current.is_primary_key) ||
    (schema.has_auto_increment !== undefined && schema.has_auto_increment !== current.has_auto_increment);
  if (keyChange) {
    throw new InvalidPayloadError({ reason: `Field "${change.field}": the primary key can't be changed` });
  }
  return current;
}

function singleColumnIndexes(table: TableSchema, column: string, unique: boolean): IndexSchema[] {
  return table.indexes.filter(
    (index) =>
      !index.primary && index.unique === unique && index.columns.length === 1 && index.columns[0] === column,
  );
}

/**
 * Plans changing one column: its type (with `max_length`/precision), default, nullability,
 * comment, and unique and index flags. Indexes that go are dropped first and those that come are
 * added last, so a type change never trips over them; on SQLite the column change is a table
 * rebuild. `table` is the table as introspected: it names the indexes and, on SQLite, restates
 * every other column. Throws `INVALID_PAYLOAD` before planning when the change is invalid.
 */
export function planAlterColumn(target: DdlTarget, table: TableSchema, change: FieldChange): DdlPlan {
  const dialect = getDdlDialect(target.client);
  const current = assertChange(table, change);
  const schema = change.schema ?? {};
  const type = (change.type as ColumnFieldType | undefined) ?? guessType(current);
  const input = { field: change.field, type, schema: mergeSchema(current, schema) };
  if (change.type !== undefined) assertValidField(input, target.client);
  const next = resolveField(input);
  const dropped = [
    ...(schema.is_unique === false ? singleColumnIndexes(table, current.name, true) : []),
    ...(schema.is_indexed === false ? singleColumnIndexes(table, current.name, false) : []),
  ];
  const steps: DdlStep[] = dropped.map((index) => dropIndexStep(dialect, target, table.name, index));
  const remaining = { ...table, indexes: table.indexes.filter((index) => !dropped.includes(index)) };
  const modify = {
    table: remaining,
    current,
    next,
    retype: change.type !== undefined,
    setDefault: 'default_value' in schema,
    setNullable: schema.is_nullable !== undefined && schema.is_nullable !== current.is_nullable,
    setComment: schema.comment !== undefined && schema.comment !== current.comment,
  };
  if (modify.retype || modify.setDefault || modify.setNullable || modify.setComment) {
    steps.push(...dialect.modifyColumn(target, modify));
  }
  if (schema.is_unique === true && !current.is_unique) {
    steps.push(createIndexStep(dialect, target, table.name, next, true));
  }
  const stillIndexed = remaining.indexes.some((index) => index.columns[0] === current.name);
  if (schema.is_indexed === true && !stillIndexed && schema.is_unique !== true) {
    steps.push(createIndexStep(dialect, target, table.name, { ...next, unique: false }, false));
  }
  return { client: target.client, steps };
}
