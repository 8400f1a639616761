import type { CollectionOverview, PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../../context/service-context.js';
import { readItems } from '../read-items.js';

/**
 * The keys of the items a query selects, for updates and deletes by query: the read side runs the
 * query (filter, search, sort, limit) with only the primary key as field.
 */
export async function writeKeysByQuery(
  ctx: ServiceContext,
  overview: CollectionOverview,
  rawQuery: Record<string, unknown>,
): Promise<PrimaryKey[]> {
  const { fields: _fields, meta: _meta, aggregate: _aggregate, groupBy: _groupBy, ...rest } = rawQuery;
  const { data } = await readItems(ctx, overview.collection, { ...rest, fields: [overview.primary] });
  return data.map((item) => item[overview.primary] as PrimaryKey);
}
