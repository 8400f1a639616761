import type { PlinthDatabase } from '@plinth/database';

type Db = PlinthDatabase['kysely'];

/**
 * The wire answers the access-control suite expects, spelled as Directus 11 spells them (its
 * `validate-path`, `validate-access` and `process-payload` permission modules).
 */

const forbidden = (reason: string) => ({
  errors: [{ message: reason, extensions: { reason, code: 'FORBIDDEN' } }],
});

/** An item that does not exist, or that the caller may not see: no reason. */
export const GENERIC_403 = {
  errors: [{ message: "You don't have permission to access this.", extensions: { code: 'FORBIDDEN' } }],
};

const queriedIn = (path: string) => (path === '' ? 'root' : `"${path}"`);

/** A field named in `fields`, `filter`, `sort`, `aggregate`, `groupBy` or `deep` that the caller may not read. */
export const forbiddenField = (field: string, collection: string, path = '') =>
  forbidden(
    `You don't have permission to access field "${field}" in collection "${collection}" or it does not exist. Queried in ${queriedIn(path)}.`,
  );

/** A collection the caller may not read at all, reached at `path`. */
export const forbiddenCollection = (collection: string, path = '') =>
  forbidden(
    `You don't have permission to access collection "${collection}" or it does not exist. Queried in ${queriedIn(path)}.`,
  );

/** A created payload carrying a field the caller may not write. */
export const forbiddenPayloadField = (field: string, collection: string) =>
  forbidden(
    `You don't have permission to access field "${field}" in collection "${collection}" or it does not exist.`,
  );

/** A create in a collection the caller has no create rule for (nested levels included). */
export const forbiddenCreate = (collection: string) =>
  forbidden(`You don't have permission to "create" from collection "${collection}" or it does not exist.`);

/** An update whose keys are not all inside the caller's update filter; names the payload's fields. */
export const forbiddenUpdate = (fields: string[], collection: string) =>
  forbidden(
    `You don't have permissions to perform "update" for the field(s) ${fields.map((field) => `"${field}"`).join(', ')} in collection "${collection}" or it does not exist.`,
  );

/** A delete whose keys are not all inside the caller's delete filter. */
export const forbiddenDelete = (collection: string) =>
  forbidden(
    `You don't have permission to perform "delete" for collection "${collection}" or it does not exist.`,
  );

/** One broken validation rule. */
export const failedValidation = (field: string, message: string, extra: Record<string, unknown>) => ({
  message: `Validation failed for field "${field}". ${message}`,
  extensions: { field, path: [], ...extra, code: 'FAILED_VALIDATION' },
});

/** Rows of a table as plain objects ordered by `id`, numbers as numbers whatever the driver sends. */
export async function fetchRows(
  db: Db,
  table: string,
  columns: string[],
): Promise<Record<string, unknown>[]> {
  const rows = await db.selectFrom(table).select(columns).orderBy('id').execute();
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([key, value]) => [key, typeof value === 'bigint' ? Number(value) : value]),
    ),
  );
}

/** How many rows a table holds. */
export async function countRows(db: Db, table: string): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
