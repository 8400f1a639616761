import type { ServiceContext } from '../context/service-context.js';
import { applyCreations } from './apply-creations.js';
import { applyDeletions } from './apply-deletions.js';
import { applyEdits } from './apply-edits.js';
import { createSnapshot } from './create-snapshot.js';
import { diffSnapshots } from './diff-snapshots.js';
import { refreshContext } from './refresh-context.js';
import type { Snapshot } from './snapshot-types.js';

/**
 * Puts the data model back as `before` describes it, after an apply failed part-way: whatever the
 * completed entries created is removed and whatever they changed is changed back. Apply deletes
 * last, so a failure before its deletions loses nothing; tables or columns it had already dropped
 * come back empty.
 */
export async function restoreModel(ctx: ServiceContext, before: Snapshot, version: string): Promise<void> {
  let step = await refreshContext(ctx);
  const now = createSnapshot(step, version);
  const back = diffSnapshots(now, before);
  if (!back) return;
  step = await applyCreations(step, back);
  step = await applyEdits(step, back, now);
  await applyDeletions(step, back);
}
