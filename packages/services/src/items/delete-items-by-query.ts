import type { PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { writeDeleteMany } from './lib/write-delete-many.js';
import { writeKeysByQuery } from './lib/write-keys-by-query.js';
import { runWrite } from './lib/write-session.js';
import { writeCollection } from './lib/write-target.js';

/**
 * Deletes the items a query selects (`DELETE /items/:collection` with `{query}`), the default limit
 * applying as for reads, in one transaction. Returns the keys deleted.
 */
export async function deleteItemsByQuery(
  ctx: ServiceContext,
  collection: string,
  rawQuery: Record<string, unknown>,
): Promise<PrimaryKey[]> {
  return runWrite(ctx, async (session) => {
    const overview = writeCollection(session.ctx, collection);
    const keys = await writeKeysByQuery(session.ctx, overview, rawQuery);
    return writeDeleteMany(session, collection, keys, null);
  });
}
