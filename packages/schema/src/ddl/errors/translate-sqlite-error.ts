import { ContainsNullValuesError, InvalidForeignKeyError, RecordNotUniqueError } from '@plinth/errors';
import type { DdlErrorContext } from '../dialects/ddl-dialect.js';
import { readDriverError } from './read-driver-error.js';

/** `NOT NULL constraint failed: articles.title` → `title`. */
function toColumn(message: string, context: DdlErrorContext): string | null {
  const match = message.match(/constraint failed: [^.,\s]+\.([^,\s]+)/);
  return match?.[1] ?? context.column ?? null;
}

/**
 * SQLite errors that DDL over existing rows raises. They come from the rebuild's copy (NOT NULL),
 * from `create unique index` (UNIQUE), and from the runner's `foreign_key_check` (FOREIGNKEY).
 */
export function translateSqliteError(error: unknown, context: DdlErrorContext): Error | undefined {
  const driver = readDriverError(error);
  const options = { cause: error };
  switch (driver.code) {
    case 'SQLITE_CONSTRAINT_NOTNULL':
      return new ContainsNullValuesError(
        { collection: context.table, field: toColumn(driver.message, context) ?? '' },
        options,
      );
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
      return new RecordNotUniqueError(
        { collection: context.table, field: toColumn(driver.message, context), value: null },
        options,
      );
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      return new InvalidForeignKeyError(
        { collection: context.table, field: context.column ?? null, value: null },
        options,
      );
    default:
      return undefined;
  }
}
