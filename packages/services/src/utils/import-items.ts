import { isPlinthError, UnsupportedMediaTypeError } from '@plinth/errors';
import type { PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { withTransaction } from '../context/with-transaction.js';
import { createItem } from '../items/create-item.js';
import { assertWriteAccess, writeCollection } from '../items/lib/write-target.js';
import { updateItem } from '../items/update-item.js';
import { callerPermissions } from '../permissions/caller-permissions.js';
import { type ImportBytes, limitBytes, readAllBytes } from './import-bytes.js';
import { parseCsvImport } from './parse-csv-import.js';
import { parseJsonImport } from './parse-json-import.js';

/** The import file as received: its declared media type and its bytes. */
export interface ImportFile {
  mediaType: string;
  content: ImportBytes;
}

/** Options of {@link importItems}. */
export interface ImportItemsOptions {
  /**
   * Failures collected before the import stops (`MAX_IMPORT_ERRORS`).
   * @default 1000
   */
  maxErrors?: number | undefined;
  /**
   * Largest file accepted, in bytes (`FILES_MAX_UPLOAD_SIZE`); larger ones fail with CONTENT_TOO_LARGE.
   * @default no limit
   */
  maxBytes?: number | undefined;
  /**
   * Checks the collection and file type, then imports after returning; failures go to `onBackgroundError`.
   * @default false
   */
  background?: boolean;
  /** Told what stopped a background import. @default ignores it */
  onBackgroundError?: (error: unknown) => void;
}

type RowSource = (
  bytes: ImportBytes,
) => AsyncIterable<Record<string, unknown>> | Promise<Iterable<Record<string, unknown>>>;

const ROW_SOURCES: Record<string, RowSource> = {
  'application/json': parseJsonImport,
  'text/csv': parseCsvImport,
  // What browsers on Windows call a .csv file.
  'application/vnd.ms-excel': parseCsvImport,
};

function rowSourceFor(mediaType: string): RowSource {
  const type = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  const source = Object.hasOwn(ROW_SOURCES, type) ? ROW_SOURCES[type] : undefined;
  if (!source) throw new UnsupportedMediaTypeError({ mediaType, where: 'file import' });
  return source;
}

async function upsertRow(
  ctx: ServiceContext,
  collection: string,
  primary: string,
  row: Record<string, unknown>,
) {
  const key = row[primary];
  if (typeof key === 'string' || typeof key === 'number') {
    const existing = await ctx.db
      .selectFrom(collection)
      .select(primary)
      .where(primary, '=', key)
      .executeTakeFirst();
    if (existing) return updateItem(ctx, collection, key as PrimaryKey, row);
  }
  return createItem(ctx, collection, row);
}

/**
 * Imports a JSON or CSV file into a collection (`POST /utils/import/:collection`): each row is created,
 * or updated when its primary key already exists, as the caller through the items services, so
 * permissions, validation, presets, activity and revisions apply; the caller needs both create and
 * update access to the collection. The whole file is one transaction.
 * Validation failures are collected (up to `maxErrors`) and thrown together; any other failure stops
 * the import at once, since the database may refuse further statements in that transaction.
 *
 * @throws the collection 403 for a missing or system collection; UNSUPPORTED_MEDIA_TYPE for a file that
 * is neither JSON nor CSV; CONTENT_TOO_LARGE above `maxBytes`; INVALID_PAYLOAD for an unreadable file; the items services' errors
 * (several as an `AggregateError`).
 */
export async function importItems(
  ctx: ServiceContext,
  collection: string,
  file: ImportFile,
  options: ImportItemsOptions = {},
): Promise<void> {
  const { primary } = writeCollection(ctx, collection);
  // As in Directus, an import may create or update any row, so it needs both before reading the file.
  await callerPermissions(ctx);
  assertWriteAccess(ctx, collection, 'create');
  assertWriteAccess(ctx, collection, 'update');
  const rowsOf = rowSourceFor(file.mediaType);
  const maxErrors = options.maxErrors ?? 1000;
  let bytes: ImportBytes = limitBytes(file.content, options.maxBytes);
  // A background import outlives the request, and with it the upload stream: read the file first.
  if (options.background) bytes = [await readAllBytes(bytes)];
  const run = withTransaction(ctx, async (trx) => {
    const errors: unknown[] = [];
    for await (const row of await rowsOf(bytes)) {
      try {
        await upsertRow(trx, collection, primary, row);
      } catch (error) {
        const failures = error instanceof AggregateError ? error.errors : [error];
        errors.push(...failures);
        if (!failures.every((failure) => isPlinthError(failure, 'FAILED_VALIDATION'))) break;
        if (errors.length >= maxErrors) break;
      }
    }
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) throw new AggregateError(errors.slice(0, maxErrors), 'Import failed');
  });
  if (!options.background) return run;
  run.catch((error: unknown) => options.onBackgroundError?.(error));
}
