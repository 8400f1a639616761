import { assertAdmin } from '../context/assert-admin.js';
import type { ServiceContext } from '../context/service-context.js';
import { createSnapshot } from './create-snapshot.js';
import { diffSnapshots } from './diff-snapshots.js';
import { hashSnapshot } from './hash-snapshot.js';
import { parseSnapshot } from './parse-snapshot.js';
import type { SchemaDiff } from './snapshot-types.js';

/**
 * `POST /schema/diff`: what it takes to turn this project's model into the given snapshot's, with
 * the hash of the current model that `POST /schema/apply` checks; null when they already match.
 * Unlike Directus it accepts a snapshot from another version or database engine: the comparison is
 * made on what means the same on every engine.
 */
export function diffSchema(
  ctx: ServiceContext,
  input: unknown,
  version: string,
): { hash: string; diff: SchemaDiff } | null {
  assertAdmin(ctx);
  const target = parseSnapshot(input);
  const current = createSnapshot(ctx, version);
  const diff = diffSnapshots(current, target);
  return diff ? { hash: hashSnapshot(current), diff } : null;
}
