import type { PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { writeKeysByQuery } from './lib/write-keys-by-query.js';
import { runWrite } from './lib/write-session.js';
import { writeCollection } from './lib/write-target.js';
import { writeUpdateMany } from './lib/write-update-many.js';

/**
 * Applies one partial payload to the items a query selects (`PATCH /items/:collection` with
 * `{query, data}`): its filter, search, sort and limit (the default limit applies, as for reads), in one
 * transaction. Returns the keys updated.
 */
export async function updateItemsByQuery(
  ctx: ServiceContext,
  collection: string,
  rawQuery: Record<string, unknown>,
  payload: unknown,
): Promise<PrimaryKey[]> {
  return runWrite(ctx, async (session) => {
    const overview = writeCollection(session.ctx, collection);
    const keys = await writeKeysByQuery(session.ctx, overview, rawQuery);
    if (keys.length === 0) return [];
    return writeUpdateMany(session, collection, keys, payload, { path: [], parent: null });
  });
}
