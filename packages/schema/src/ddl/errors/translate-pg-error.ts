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

/** `Key (title)=(hello) is duplicated.` / `Key (author)=(7) is not present in table "authors".` */
function toKeyValue(detail: string | undefined): string | null {
  const match = detail?.match(/\)=\((.*)\)/);
  return match?.[1] ?? null;
}

/**
 * PostgreSQL errors that DDL over existing rows raises, by SQLSTATE: making a column NOT NULL over
 * nulls, a unique index over duplicates, a foreign key over orphans, a narrower type over values
 * that do not fit.
 */
export function translatePgError(error: unknown, context: DdlErrorContext): Error | undefined {
  const driver = readDriverError(error);
  const where = { collection: context.table, field: context.column ?? null };
  const options = { cause: error };
  switch (driver.code) {
    case '23502':
      return new ContainsNullValuesError({ collection: context.table, field: context.column ?? '' }, options);
    case '23505':
      return new RecordNotUniqueError({ ...where, value: toKeyValue(driver.detail) }, options);
    case '23503':
      return new InvalidForeignKeyError({ ...where, value: toKeyValue(driver.detail) }, options);
    case '22001':
      return new ValueTooLongError({ ...where, value: null }, options);
    case '22003':
      return new ValueOutOfRangeError({ ...where, value: null }, options);
    case '22P02':
    case '42804':
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
