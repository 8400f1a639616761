import {
  ContainsNullValuesError,
  InvalidForeignKeyError,
  RecordNotUniqueError,
  ValueTooLongError,
} from '@plinth/errors';
import type { DdlErrorContext } from '../dialects/ddl-dialect.js';
import { readDriverError } from './read-driver-error.js';

/** `The duplicate key value is (x).` → `x`. */
function toDuplicate(message: string): string | null {
  return message.match(/duplicate key value is \((.*)\)/)?.[1] ?? null;
}

/**
 * MS SQL errors that DDL over existing rows raises, by error number (tedious's `number`).
 * Written from the documented numbers; not run against a live server.
 */
export function translateMssqlError(error: unknown, context: DdlErrorContext): Error | undefined {
  const driver = readDriverError(error);
  const where = { collection: context.table, field: context.column ?? null };
  const options = { cause: error };
  switch (driver.errno) {
    case 515:
      return new ContainsNullValuesError({ collection: context.table, field: context.column ?? '' }, options);
    case 1505:
    case 2627:
    case 2601:
      return new RecordNotUniqueError({ ...where, value: toDuplicate(driver.message) }, options);
    case 547:
      return new InvalidForeignKeyError({ ...where, value: null }, options);
    case 2628:
    case 8152:
      return new ValueTooLongError({ ...where, value: null }, options);
    default:
      return undefined;
  }
}
