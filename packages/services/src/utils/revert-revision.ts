import { ForbiddenError, InvalidPayloadError } from '@plinth/errors';
import type { CollectionOverview, PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { withTransaction } from '../context/with-transaction.js';
import { isItemObject } from '../items/lib/write-split-payload.js';
import { updateItem } from '../items/update-item.js';
import { collectionForbidden } from '../lib/collection-forbidden.js';
import { readSystemItem } from '../system/read-system-items.js';
import { revisionsCollection } from '../system/revisions/revisions-collection.js';
import { updateSystemItem } from '../system/update-system-items.js';
import { REVERTABLE_SYSTEM_COLLECTIONS } from './revertable-system-collections.js';

function toPayload(overview: CollectionOverview, data: Record<string, unknown>): Record<string, unknown> {
  // The snapshot's key names the item already; fields dropped since then have nowhere to go; hashed
  // and concealed values were stored masked, and writing the mask back would replace the real value.
  const payload: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(data)) {
    const known = overview.fields[field];
    if (!known || known.alias || field === overview.primary) continue;
    if (known.special.includes('hash') || known.special.includes('conceal')) continue;
    payload[field] = value;
  }
  return payload;
}

/** Writes the restored values as the caller: a system row through its collection's own checks. */
async function writeBack(
  trx: ServiceContext,
  collection: unknown,
  item: PrimaryKey,
  data: Record<string, unknown>,
): Promise<void> {
  const name = String(collection);
  const overview = Object.hasOwn(trx.schema.collections, name) ? trx.schema.collections[name] : undefined;
  if (name.startsWith('directus_') || overview?.system) {
    const system = REVERTABLE_SYSTEM_COLLECTIONS.get(name);
    if (!system || !overview) throw new ForbiddenError();
    await updateSystemItem(trx, system, item, toPayload(overview, data));
    return;
  }
  if (!overview) throw collectionForbidden(name);
  await updateItem(trx, name, item, toPayload(overview, data));
}

/**
 * Restores an item to what a revision recorded (`POST /utils/revert/:revision`): the revision is read
 * with the caller's permissions, then its `data` is written back to the item as the caller's update, in
 * one transaction that records its own activity and revision. Nothing is written when any step fails.
 *
 * System rows (roles, permissions, presets, ...) are written through their collection's own checks;
 * users, files and shares are not reverted. Hashed and concealed fields keep their current values.
 *
 * @throws FORBIDDEN when the revision does not exist, cannot be read, or the caller may not update the
 * item (or those fields), or it is of a collection that is not reverted; INVALID_PAYLOAD when the
 * revision holds no data to restore.
 */
export function revertRevision(ctx: ServiceContext, revision: PrimaryKey): Promise<void> {
  return withTransaction(ctx, async (trx) => {
    const row = await readSystemItem(trx, revisionsCollection, revision, {
      fields: ['collection', 'item', 'data'],
    });
    const data = typeof row['data'] === 'string' ? JSON.parse(row['data']) : row['data'];
    if (!isItemObject(data)) {
      throw new InvalidPayloadError({ reason: "Revision doesn't contain data to revert to" });
    }
    await writeBack(trx, row['collection'], row['item'] as PrimaryKey, data);
  });
}
