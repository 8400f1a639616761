import { InvalidForeignKeyError, NotNullViolationError, RecordNotUniqueError } from '@plinth/errors';
import { readDriverError, type WriteErrorContext, writtenValue } from './write-driver-error.js';

/** `UNIQUE constraint failed: articles.slug` → `['articles', 'slug']`. */
function columnOf(message: string): [string | null, string | null] {
  const match = /constraint failed: ([^.,\s]+)\.([^,\s]+)/.exec(message);
  return [match?.[1] ?? null, match?.[2] ?? null];
}

/** SQLite errors of an item write, by extended result code; `undefined` for anything else. */
export function writeErrorSqlite(error: unknown, context: WriteErrorContext): Error | undefined {
  const driver = readDriverError(error);
  const [table, field] = columnOf(driver.message);
  const collection = table ?? context.collection;
  const options = { cause: error };
  switch (driver.code) {
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
      return new RecordNotUniqueError(
        {
          collection,
          field,
          value: writtenValue(context, field),
          ...(driver.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ? { primaryKey: true } : {}),
        },
        options,
      );
    case 'SQLITE_CONSTRAINT_NOTNULL':
      return new NotNullViolationError({ collection, field }, options);
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      // SQLite does not say which key failed.
      return new InvalidForeignKeyError(
        { collection: context.collection, field: null, value: null },
        options,
      );
    default:
      return undefined;
  }
}
