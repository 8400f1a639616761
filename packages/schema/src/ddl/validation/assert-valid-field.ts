import { InvalidPayloadError } from '@plinth/errors';
import { type DatabaseClient, isFieldType } from '@plinth/types';
import type { FieldInput } from '../ddl-types.js';
import type { DdlDialect } from '../dialects/ddl-dialect.js';
import { getDdlDialect } from '../dialects/get-ddl-dialect.js';
import { aliasFieldTypes, isColumnFieldType, resolveField } from '../resolve-field.js';
import { assertValidIdentifier } from './assert-valid-identifier.js';

const keyTypes = new Set(['integer', 'bigInteger', 'string', 'uuid']);

function fail(field: string, reason: string): never {
  throw new InvalidPayloadError({ reason: `Field "${field}": ${reason}` });
}

function assertType(input: FieldInput): void {
  const { type, field } = input;
  if (type === null || isColumnFieldType(type) || aliasFieldTypes.includes(type)) return;
  if (isFieldType(type)) fail(field, `type "${type}" can't be created by Plinth yet`);
  fail(field, `unknown type "${String(type)}"`);
}

function isWholeNumber(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function assertSizes(input: FieldInput, dialect: DdlDialect): void {
  const schema = input.schema ?? {};
  const { limits } = dialect;
  const length = schema.max_length;
  if (length !== undefined && length !== null && !isWholeNumber(length, 1, limits.maxVarcharLength)) {
    fail(
      input.field,
      `max_length must be a whole number from 1 to ${limits.maxVarcharLength} on ${dialect.label}`,
    );
  }
  if (input.type !== 'decimal') return;
  const precision = schema.numeric_precision ?? 10;
  const scale = schema.numeric_scale ?? 5;
  if (!isWholeNumber(precision, 1, limits.maxDecimalPrecision)) {
    fail(
      input.field,
      `numeric_precision must be from 1 to ${limits.maxDecimalPrecision} on ${dialect.label}`,
    );
  }
  if (!isWholeNumber(scale, 0, Math.min(precision, limits.maxDecimalScale))) {
    fail(input.field, `numeric_scale must be from 0 to ${Math.min(precision, limits.maxDecimalScale)}`);
  }
}

/**
 * Throws `INVALID_PAYLOAD` unless one field can be created as written on this engine: a valid
 * name, a type Plinth can create, sizes in range, a primary key only on integer, bigInteger, string
 * or uuid, auto-increment only on an integer key, indexes only on indexable types, and a default
 * the engine can express. Alias and `null`-typed fields pass with their name checked only.
 */
export function assertValidField(input: FieldInput, client: DatabaseClient): void {
  const dialect = getDdlDialect(client);
  assertValidIdentifier(input.field, 'field');
  assertType(input);
  const schema = input.schema ?? {};
  if (!isColumnFieldType(input.type)) {
    if (schema.is_primary_key || schema.has_auto_increment)
      fail(input.field, "a field without a column can't be a primary key");
    return;
  }
  assertSizes(input, dialect);
  if (schema.has_auto_increment && input.type !== 'integer' && input.type !== 'bigInteger') {
    fail(input.field, `auto-increment needs an integer or bigInteger field, not "${input.type}"`);
  }
  if (schema.has_auto_increment && schema.is_primary_key === false) {
    fail(input.field, 'an auto-increment field must be the primary key');
  }
  const field = resolveField({ ...input, type: input.type });
  if (field.primaryKey && !keyTypes.has(field.type)) {
    fail(input.field, `a "${field.type}" field can't be a primary key`);
  }
  const needsIndex = field.primaryKey || field.unique || field.indexed;
  if (needsIndex && !dialect.canIndex(field)) {
    fail(
      input.field,
      `a "${field.type}" field of this size can't be indexed, unique or a primary key on ${dialect.label}`,
    );
  }
  if (field.default.kind === 'uuid' && dialect.uuidDefault === null) {
    fail(input.field, `${dialect.label} has no random UUID default; generate the value on write`);
  }
  if (field.default.kind === 'now' && !dialect.nowDefaultTypes.includes(field.type)) {
    fail(input.field, `the current time is not a valid default for a "${field.type}" field`);
  }
}
