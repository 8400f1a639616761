import { InvalidPayloadError } from '@plinth/errors';
import type { DiffRecord, SchemaDiff, Snapshot } from './snapshot-types.js';

type Entry = { collection: string; field?: string; diff: DiffRecord[] };

function check(entries: Entry[], existing: Set<string>, what: string): void {
  for (const entry of entries) {
    const key = entry.field === undefined ? entry.collection : `${entry.collection}.${entry.field}`;
    const kind = entry.diff[0]?.kind;
    const exists = existing.has(key);
    if (kind === 'N' && exists) {
      throw new InvalidPayloadError({
        reason: `The ${what} "${key}" the diff creates already exists; take a new diff`,
      });
    }
    if (kind !== 'N' && !exists) {
      throw new InvalidPayloadError({
        reason: `The ${what} "${key}" the diff changes does not exist; take a new diff`,
      });
    }
  }
}

/**
 * A diff taken against another state of the model may still apply if it does not collide with the
 * current one: nothing it creates exists already, and everything it changes or deletes is there.
 */
export function assertNoConflicts(current: Snapshot, diff: SchemaDiff): void {
  check(diff.collections, new Set(current.collections.map((entry) => entry.collection)), 'collection');
  const fieldKeys = new Set(current.fields.map((entry) => `${entry.collection}.${entry.field}`));
  check(diff.fields, fieldKeys, 'field');
  const relationKeys = new Set(current.relations.map((entry) => `${entry.collection}.${entry.field}`));
  check(diff.relations, relationKeys, 'relation');
}
