import type { PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { runWrite } from './lib/write-session.js';
import { writeUpdateMany } from './lib/write-update-many.js';

/**
 * Updates one item by primary key (`PATCH /items/:collection/:key`) with a partial payload, nested
 * relational writes included, in one transaction with activity and revisions. Emits the `items.update`
 * filters (meta `keys`) and, after the commit, the actions. As for Directus, an admin updating a key
 * that does not exist changes nothing and is not refused. Returns the key.
 *
 * @throws FORBIDDEN for a key that cannot be one of the collection's, and the errors of `createItem`.
 */
export async function updateItem(
  ctx: ServiceContext,
  collection: string,
  key: PrimaryKey,
  payload: unknown,
): Promise<PrimaryKey> {
  const [updated] = await runWrite(ctx, (session) =>
    writeUpdateMany(session, collection, [key], payload, { path: [], parent: null }),
  );
  return updated ?? key;
}
