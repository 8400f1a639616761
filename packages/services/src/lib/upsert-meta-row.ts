import type { Kysely } from 'kysely';
import { toMetaRow } from './to-meta-row.js';

/**
 * Writes a wire `meta` object onto the `directus_*` row that `key` identifies: the keys given
 * change, the others stay; a missing row is created (a table Plinth did not manage gets its row).
 * The identifying columns always come from `key`, never from the payload.
 */
export async function upsertMetaRow(
  db: Kysely<any>,
  table: string,
  key: Record<string, string>,
  meta: Record<string, unknown>,
): Promise<void> {
  const row = toMetaRow(table, meta);
  for (const column of Object.keys(key)) delete row[column];
  let existing = db.selectFrom(table).select(Object.keys(key)[0]!);
  for (const [column, value] of Object.entries(key)) existing = existing.where(column, '=', value);
  if (!(await existing.executeTakeFirst())) {
    await db
      .insertInto(table)
      .values({ ...row, ...key })
      .execute();
    return;
  }
  if (Object.keys(row).length === 0) return;
  let update = db.updateTable(table).set(row);
  for (const [column, value] of Object.entries(key)) update = update.where(column, '=', value);
  await update.execute();
}
