import {
  ContainsNullValuesError,
  InvalidForeignKeyError,
  InvalidPayloadError,
  RecordNotUniqueError,
  ValueOutOfRangeError,
  ValueTooLongError,
} from '@plinth/errors';
import type { DdlErrorContext } from '../dialects/ddl-dialect.js';
import { readDriverError } from './read-driver-error.js';

/** `Duplicate entry 'x' for key 'name'` → `x`. */
function toDuplicate(message: string): string | null {
  return message.match(/Duplicate entry '(.*)' for key/)?.[1] ?? null;
}

/**
 * MySQL/MariaDB errors that DDL over existing rows raises, by error number. In strict mode a
 * `modify ... not null` over nulls fails with 1138 (MySQL) or 1265/1263 (MariaDB's "data truncated").
 */
export function translateMysqlError(error: unknown, context: DdlErrorContext): Error | undefined {
  const driver = readDriverError(error);
  const where = { collection: context.table, field: context.column ?? null };
  const options = { cause: error };
  switch (driver.errno) {
    case 1138:
    case 1263:
      return new ContainsNullValuesError({ collection: context.table, field: context.column ?? '' }, options);
    case 1265:
      // "Data truncated" is what MariaDB says for NULLs turned NOT NULL as well as for cut values.
      return new ContainsNullValuesError({ collection: context.table, field: context.column ?? '' }, options);
    case 1062:
      return new RecordNotUniqueError({ ...where, value: toDuplicate(driver.message) }, options);
    case 1452:
    case 1216:
      return new InvalidForeignKeyError({ ...where, value: null }, options);
    case 1406:
      return new ValueTooLongError({ ...where, value: null }, options);
    case 1264:
      return new ValueOutOfRangeError({ ...where, value: null }, options);
    case 1366:
    case 1292:
      return new InvalidPayloadError(
        {
          reason: `Existing values of "${context.column ?? context.table}" can't be converted to the new type`,
        },
        options,
      );
    default:
      return undefined;
  }
}
