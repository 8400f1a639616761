import type { CollectionOverview, PrimaryKey } from '@plinth/types';
import { readKey } from './read-key.js';
import type { WritePosition } from './write-create-one.js';
import { writeStatement } from './write-database-error.js';
import { writeManyToOne } from './write-many-to-one.js';
import { writeOneToMany } from './write-one-to-many.js';
import { assertKeysAllowed, assertWritableFields } from './write-permissions.js';
import { writePolicyOf } from './write-policy.js';
import { writePrepareValues } from './write-prepare-values.js';
import { emitWriteFilter, queueAction, touchRows, trackChange, type WriteSession } from './write-session.js';
import { assertItemPayload, writeSplitPayload } from './write-split-payload.js';
import { writeCollection } from './write-target.js';

async function updateOne(
  session: WriteSession,
  overview: CollectionOverview,
  key: PrimaryKey,
  payload: Record<string, unknown>,
  position: WritePosition,
): Promise<void> {
  const { ctx } = session;
  const collection = overview.collection;
  const index = trackChange(session, {
    action: 'update',
    collection,
    key,
    delta: null,
    parent: position.parent,
  });
  const policy = writePolicyOf(ctx, collection, 'update');
  const { columns, aliases } = writeSplitPayload(ctx.schema, overview, payload, position.path);
  const linked = await writeManyToOne(session, overview, columns, { path: position.path, parent: index });
  const { values, delta } = await writePrepareValues(session, overview, linked, 'update', position.path, {
    validation: policy?.validation ?? null,
  });
  touchRows(session);
  if (Object.keys(values).length > 0) {
    await writeStatement(ctx.database.client, { collection, values }, () =>
      ctx.db.updateTable(collection).set(values).where(overview.primary, '=', key).execute(),
    );
  }
  await writeOneToMany(session, key, aliases, { path: position.path, parent: index });
  session.tracked[index] = { action: 'update', collection, key, delta, parent: position.parent };
}

/**
 * Applies one partial payload to every item of `keys` inside the session: one filter event for them
 * all (meta `keys`), then per item its m2o parents, the row and its o2m/m2m/m2a children, and one
 * action. An admin updating a key that does not exist changes nothing and is not refused (§5.2).
 * Returns the keys, in the type of the collection's key.
 */
export async function writeUpdateMany(
  session: WriteSession,
  collection: string,
  keys: readonly unknown[],
  payload: unknown,
  position: WritePosition,
): Promise<PrimaryKey[]> {
  const overview = writeCollection(session.ctx, collection);
  const values = keys.map((key) => readKey(overview, key));
  const filtered = await emitWriteFilter(session, collection, 'update', payload, { keys: values });
  assertItemPayload(filtered);
  // As the reference orders it: every row inside the update rules first (the 403 names the payload's
  // fields), then the payload's fields, presets and validation per item.
  const fields = Object.keys(filtered);
  const policy = writePolicyOf(session.ctx, collection, 'update');
  assertWritableFields(policy, overview, filtered, true);
  await assertKeysAllowed(session.ctx, overview, policy, values, 'update', fields);
  for (const key of values) await updateOne(session, overview, key, filtered, position);
  queueAction(session, collection, 'update', { payload: filtered, keys: values });
  return values;
}
