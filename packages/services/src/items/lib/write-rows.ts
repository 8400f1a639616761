import type { CollectionOverview, PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../../context/service-context.js';

/** Whether a row with this primary key exists (seen from inside the mutation's transaction). */
export async function writeRowExists(
  ctx: ServiceContext,
  overview: CollectionOverview,
  key: PrimaryKey,
): Promise<boolean> {
  const row = await ctx.db
    .selectFrom(overview.collection)
    .select(overview.primary)
    .where(overview.primary, '=', key)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The keys of the rows whose `field` holds `value`: the children an o2m parent has now. */
export async function writeKeysWhere(
  ctx: ServiceContext,
  overview: CollectionOverview,
  field: string,
  value: PrimaryKey,
): Promise<PrimaryKey[]> {
  const rows = await ctx.db
    .selectFrom(overview.collection)
    .select(overview.primary)
    .where(field, '=', value)
    .execute();
  return rows.map((row) => (row as Record<string, PrimaryKey>)[overview.primary]!);
}

/** The largest value of `field` among the rows whose `parentField` holds `parent` (0 when none). */
export async function writeMaxWhere(
  ctx: ServiceContext,
  overview: CollectionOverview,
  field: string,
  parentField: string,
  parent: PrimaryKey,
): Promise<number> {
  const row = await ctx.db
    .selectFrom(overview.collection)
    .select((eb) => eb.fn.max(field).as('max'))
    .where(parentField, '=', parent)
    .executeTakeFirst();
  return Number((row as { max?: unknown } | undefined)?.max ?? 0) || 0;
}
