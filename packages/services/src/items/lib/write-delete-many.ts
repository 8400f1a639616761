import type { PrimaryKey } from '@plinth/types';
import { readKey } from './read-key.js';
import { writeStatement } from './write-database-error.js';
import { assertKeysAllowed } from './write-permissions.js';
import { writePolicyOf } from './write-policy.js';
import { emitWriteFilter, queueAction, touchRows, trackChange, type WriteSession } from './write-session.js';
import { writeCollection } from './write-target.js';

/**
 * Deletes the items of `keys` inside the session: one filter event (payload = the keys), one statement,
 * an activity row per item (deletes keep no revision). Children go as the foreign keys say.
 */
export async function writeDeleteMany(
  session: WriteSession,
  collection: string,
  keys: readonly unknown[],
  parent: number | null,
): Promise<PrimaryKey[]> {
  const { ctx } = session;
  const overview = writeCollection(ctx, collection);
  writePolicyOf(ctx, collection, 'delete');
  const checked = keys.map((key) => readKey(overview, key));
  const filtered = await emitWriteFilter(session, collection, 'delete', checked);
  const values = (Array.isArray(filtered) ? filtered : checked).map((key) => readKey(overview, key));
  if (values.length === 0) return [];
  await assertKeysAllowed(ctx, overview, writePolicyOf(ctx, collection, 'delete'), values, 'delete');
  touchRows(session, values.length);
  await writeStatement(ctx.database.client, { collection, values: {} }, () =>
    ctx.db.deleteFrom(collection).where(overview.primary, 'in', values).execute(),
  );
  for (const key of values) trackChange(session, { action: 'delete', collection, key, delta: null, parent });
  queueAction(session, collection, 'delete', { payload: values, keys: values });
  return values;
}
