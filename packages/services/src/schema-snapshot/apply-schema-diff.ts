import { assertAdmin } from '../context/assert-admin.js';
import type { ServiceContext } from '../context/service-context.js';
import { applyCreations } from './apply-creations.js';
import { applyDeletions } from './apply-deletions.js';
import { applyEdits } from './apply-edits.js';
import { assertNoConflicts } from './assert-no-conflicts.js';
import { createSnapshot } from './create-snapshot.js';
import { hashSnapshot } from './hash-snapshot.js';
import { parseSchemaDiff } from './parse-schema-diff.js';
import { restoreModel } from './restore-model.js';

/** Options of {@link applySchemaDiff}. */
export interface ApplySchemaDiffOptions {
  /** Apply even though the diff was taken against another state of the model. @default false */
  force?: boolean;
  /** The server version, as snapshots record it. */
  version: string;
}

/**
 * `POST /schema/apply`: carries out a diff from `POST /schema/diff`. When the model changed since the
 * diff was taken, it applies only if nothing collides. Creations come first (collections with their
 * fields, then fields, then relations), then edits, then deletions (relations, fields, collections).
 * If an entry fails, the ones already applied are taken back, so the model is left as it was.
 */
export async function applySchemaDiff(
  ctx: ServiceContext,
  body: unknown,
  options: ApplySchemaDiffOptions,
): Promise<void> {
  assertAdmin(ctx);
  const { hash, diff } = parseSchemaDiff(body);
  const current = createSnapshot(ctx, options.version);
  if (!options.force && hash !== hashSnapshot(current)) assertNoConflicts(current, diff);
  try {
    let step = ctx;
    step = await applyCreations(step, diff);
    step = await applyEdits(step, diff, current);
    await applyDeletions(step, diff);
  } catch (error) {
    // Each entry applies whole or not at all; the entries before a failed one are taken back too.
    await restoreModel(ctx, current, options.version).catch((restoreError: unknown) => {
      if (typeof error === 'object' && error !== null) Object.assign(error, { restoreError });
    });
    throw error;
  }
}
