import type { PrimaryKey } from '@plinth/types';
import { writeStatement } from './write-database-error.js';
import { writeInsertRow } from './write-insert-row.js';
import { writeManyToOne } from './write-many-to-one.js';
import { writeOneToMany } from './write-one-to-many.js';
import { assertWritableFields, withPresets } from './write-permissions.js';
import { writePolicyOf } from './write-policy.js';
import { writePrepareValues } from './write-prepare-values.js';
import { emitWriteFilter, queueAction, touchRows, trackChange, type WriteSession } from './write-session.js';
import { assertItemPayload, writeSplitPayload } from './write-split-payload.js';
import { writeTarget } from './write-target.js';
import type { WritePath } from './write-validate.js';

/** Where a nested write sits: its path in the body, and the change it is made for. */
export interface WritePosition {
  path: WritePath;
  /** Index of the parent's tracked change; null at the root. */
  parent: number | null;
}

/**
 * Creates one item inside the session: filter events, m2o/a2o parents first, the row, then its
 * o2m/m2m/m2a children, all in the session's transaction. Returns the new primary key.
 */
export async function writeCreateOne(
  session: WriteSession,
  collection: string,
  payload: unknown,
  position: WritePosition,
): Promise<PrimaryKey> {
  const { ctx } = session;
  const overview = writeTarget(ctx, collection, 'create');
  // Reserved before the nested writes, so a parent's revision is always written before its children's.
  const index = trackChange(session, {
    action: 'create',
    collection,
    key: '',
    delta: null,
    parent: position.parent,
  });
  const filtered = await emitWriteFilter(session, collection, 'create', payload);
  assertItemPayload(filtered);
  const policy = writePolicyOf(ctx, collection, 'create');
  const { columns, aliases } = writeSplitPayload(ctx.schema, overview, filtered, position.path);
  assertWritableFields(policy, overview, filtered);
  const preset = withPresets(policy, columns);
  const linked = await writeManyToOne(session, overview, preset, { path: position.path, parent: index });
  const { values, delta } = await writePrepareValues(session, overview, linked, 'create', position.path, {
    validation: policy?.validation ?? null,
  });
  touchRows(session);
  const key = await writeStatement(ctx.database.client, { collection, values }, () =>
    writeInsertRow(ctx, collection, values, overview.primary),
  );
  await writeOneToMany(session, key, aliases, { path: position.path, parent: index });
  session.tracked[index] = { action: 'create', collection, key, delta, parent: position.parent };
  queueAction(session, collection, 'create', { payload: filtered, key });
  return key;
}
