import { InvalidPayloadError } from '@plinth/errors';

const identifierPattern = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Names that are valid SQL identifiers yet break an engine even when quoted: SQLite keeps `sqlite_`
 * tables for itself, and a column called `rowid`/`oid`/`_rowid_` hides SQLite's row id.
 */
const reservedTablePrefixes = ['sqlite_'];
const reservedColumns = new Set(['rowid', 'oid', '_rowid_']);

/** What is being named, for the rules and the message. */
export type IdentifierKind = 'collection' | 'field';

/** Options of {@link assertValidIdentifier}. */
export interface IdentifierOptions {
  /** Allow the `directus_` prefix (Plinth's own tables). @default false */
  system?: boolean;
}

/**
 * Throws `INVALID_PAYLOAD` unless `name` can be a table or column name on every engine: 1–64
 * letters, digits and underscores, not starting with a digit; no `directus_` prefix for user
 * collections; none of the few names an engine reserves.
 */
export function assertValidIdentifier(
  name: unknown,
  kind: IdentifierKind,
  options: IdentifierOptions = {},
): void {
  const label = kind === 'collection' ? 'Collection' : 'Field';
  if (typeof name !== 'string' || name.length === 0) {
    throw new InvalidPayloadError({ reason: `${label} name is required` });
  }
  if (name.length > 64) {
    throw new InvalidPayloadError({ reason: `${label} name "${name}" is longer than 64 characters` });
  }
  if (!identifierPattern.test(name)) {
    throw new InvalidPayloadError({
      reason: `${label} name "${name}" may only contain letters, digits and underscores, and may not start with a digit`,
    });
  }
  const lower = name.toLowerCase();
  if (kind === 'collection' && !options.system && lower.startsWith('directus_')) {
    throw new InvalidPayloadError({ reason: `Collection name "${name}" may not start with "directus_"` });
  }
  if (kind === 'collection' && reservedTablePrefixes.some((prefix) => lower.startsWith(prefix))) {
    throw new InvalidPayloadError({ reason: `Collection name "${name}" is reserved by the database` });
  }
  if (kind === 'field' && reservedColumns.has(lower)) {
    throw new InvalidPayloadError({ reason: `Field name "${name}" is reserved by the database` });
  }
}
