import {
  InvalidForeignKeyError,
  InvalidPayloadError,
  NotNullViolationError,
  RecordNotUniqueError,
  ValueOutOfRangeError,
  ValueTooLongError,
} from '@plinth/errors';
import { readDriverError, type WriteErrorContext, writtenValue } from './write-driver-error.js';

/** `Key (slug)=(dup) already exists.` → `['slug', 'dup']`. */
function keyOf(detail: string | undefined): [string | null, string | null] {
  const match = detail?.match(/^Key \(([^)]*)\)=\((.*)\)/);
  return [match?.[1] ?? null, match?.[2] ?? null];
}

/** The first written text longer than its column, for the engines that do not name the column. */
function tooLongField(context: WriteErrorContext, message: string): string | null {
  const limit = Number(/\((\d+)\)/.exec(message)?.[1]);
  const entry = Object.entries(context.values).find(
    ([, value]) => typeof value === 'string' && value.length > limit,
  );
  return entry?.[0] ?? null;
}

/** PostgreSQL errors of an item write, by SQLSTATE; `undefined` for anything else. */
export function writeErrorPg(error: unknown, context: WriteErrorContext): Error | undefined {
  const driver = readDriverError(error);
  const collection = driver.table ?? context.collection;
  const options = { cause: error };
  switch (driver.code) {
    case '23505': {
      const [field, value] = keyOf(driver.detail);
      const primaryKey = driver.constraint?.endsWith('_pkey') ? { primaryKey: true } : {};
      return new RecordNotUniqueError(
        { collection, field, value: value ?? writtenValue(context, field), ...primaryKey },
        options,
      );
    }
    case '23503': {
      const [field, value] = keyOf(driver.detail);
      return new InvalidForeignKeyError({ collection, field, value }, options);
    }
    case '23502':
      return new NotNullViolationError({ collection, field: driver.column ?? null }, options);
    case '22001': {
      const field = tooLongField(context, driver.message);
      return new ValueTooLongError(
        { collection, field, value: writtenValue(context, field) as string | null },
        options,
      );
    }
    case '22003':
      return new ValueOutOfRangeError({ collection, field: null, value: null }, options);
    case '22P02':
    case '22007':
    case '22008':
      return new InvalidPayloadError({ reason: driver.message }, options);
    default:
      return undefined;
  }
}
