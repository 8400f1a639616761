import {
  InvalidForeignKeyError,
  InvalidPayloadError,
  NotNullViolationError,
  RecordNotUniqueError,
  ValueOutOfRangeError,
  ValueTooLongError,
} from '@plinth/errors';
import { readDriverError, type WriteErrorContext, writtenValue } from './write-driver-error.js';

/** `Duplicate entry 'dup' for key 'articles.articles_slug_unique'` → the value and the field it is on. */
function duplicateOf(
  message: string,
  context: WriteErrorContext,
): { field: string | null; value: string | null } {
  const match = /Duplicate entry '(.*)' for key '(?:[^.']*\.)?([^']*)'/.exec(message);
  const value = match?.[1] ?? null;
  const key = match?.[2] ?? '';
  const byName = Object.keys(context.values).find((field) => key === `${context.collection}_${field}_unique`);
  const byValue = Object.keys(context.values).find((field) => String(context.values[field]) === value);
  return { field: byName ?? byValue ?? null, value };
}

/** ``Column 'title' cannot be null`` / ``Data too long for column 'title' at row 1``. */
function columnOf(message: string): string | null {
  return /column '([^']+)'/i.exec(message)?.[1] ?? null;
}

/** MySQL / MariaDB errors of an item write, by error number; `undefined` for anything else. */
export function writeErrorMysql(error: unknown, context: WriteErrorContext): Error | undefined {
  const driver = readDriverError(error);
  const collection = context.collection;
  const options = { cause: error };
  switch (driver.errno) {
    case 1062: {
      const { field, value } = duplicateOf(driver.message, context);
      return new RecordNotUniqueError({ collection, field, value }, options);
    }
    case 1451:
    case 1452: {
      const field = /FOREIGN KEY \(`([^`]+)`\)/.exec(driver.message)?.[1] ?? null;
      return new InvalidForeignKeyError({ collection, field, value: writtenValue(context, field) }, options);
    }
    case 1048:
    case 1364:
      return new NotNullViolationError({ collection, field: columnOf(driver.message) }, options);
    case 1406: {
      const field = columnOf(driver.message);
      return new ValueTooLongError(
        { collection, field, value: writtenValue(context, field) as string | null },
        options,
      );
    }
    case 1264: {
      const field = columnOf(driver.message);
      return new ValueOutOfRangeError({ collection, field, value: writtenValue(context, field) }, options);
    }
    case 1292:
    case 1366:
      return new InvalidPayloadError({ reason: driver.message }, options);
    default:
      return undefined;
  }
}
