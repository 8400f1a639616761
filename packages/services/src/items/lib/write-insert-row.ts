import type { PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../../context/service-context.js';

function toKey(value: unknown): PrimaryKey {
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
  if (typeof value === 'number' || typeof value === 'string') return value;
  return String(value);
}

/**
 * Inserts one row and answers its primary key: the given one, or the one the database made. PostgreSQL
 * and SQLite say it with `returning`; MySQL has no `returning`, so its insert id is used.
 */
export async function writeInsertRow(
  ctx: Pick<ServiceContext, 'db' | 'database'>,
  table: string,
  values: Record<string, unknown>,
  primary: string,
): Promise<PrimaryKey> {
  const given = values[primary];
  if (ctx.database.client === 'mysql') {
    const result = await ctx.db.insertInto(table).values(values).executeTakeFirst();
    return given !== undefined && given !== null ? toKey(given) : toKey(result.insertId);
  }
  const insert = ctx.db.insertInto(table);
  // `insert ... () values ()` is MySQL only; the others spell an all-defaults row `default values`.
  const filled = Object.keys(values).length === 0 ? insert.defaultValues() : insert.values(values);
  const row = await filled.returning(primary).executeTakeFirstOrThrow();
  return toKey((row as Record<string, unknown>)[primary]);
}
