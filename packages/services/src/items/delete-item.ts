import type { PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { writeDeleteMany } from './lib/write-delete-many.js';
import { runWrite } from './lib/write-session.js';

/**
 * Deletes one item (`DELETE /items/:collection/:key`) in one transaction with its activity row. Emits
 * the `items.delete` filters (payload = the keys) and, after the commit, the actions. A key that does
 * not exist deletes nothing and is not refused.
 *
 * @throws FORBIDDEN for a system or missing collection, a malformed key or a caller without access;
 * INVALID_FOREIGN_KEY when other rows still reference the item.
 */
export async function deleteItem(ctx: ServiceContext, collection: string, key: PrimaryKey): Promise<void> {
  await runWrite(ctx, (session) => writeDeleteMany(session, collection, [key], null));
}
