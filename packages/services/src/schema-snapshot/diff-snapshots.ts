import { diffValues } from './diff-values.js';
import type { DiffRecord, SchemaDiff, Snapshot } from './snapshot-types.js';
import { toPortableField, toPortableRelation } from './to-portable.js';

type Keyed = { collection: string; field?: string };
const keyOf = (entry: Keyed) => `${entry.collection}\u0000${entry.field ?? ''}`;

/** Pairs up the entries of two lists by key and diffs each pair (missing on one side: N or D). */
function diffLists<T extends Keyed>(
  current: T[],
  target: T[],
  comparable: (entry: T) => unknown,
): Array<{ entry: T; diff: DiffRecord[] }> {
  const currentByKey = new Map(current.map((entry) => [keyOf(entry), entry]));
  const targetByKey = new Map(target.map((entry) => [keyOf(entry), entry]));
  const changes: Array<{ entry: T; diff: DiffRecord[] }> = [];
  for (const [key, entry] of targetByKey) {
    const existing = currentByKey.get(key);
    if (!existing) {
      changes.push({ entry, diff: [{ kind: 'N', rhs: entry }] });
      continue;
    }
    const diff = diffValues(comparable(existing), comparable(entry));
    if (diff.length > 0) changes.push({ entry, diff });
  }
  for (const [key, entry] of currentByKey) {
    if (!targetByKey.has(key)) changes.push({ entry, diff: [{ kind: 'D', lhs: entry }] });
  }
  return changes;
}

/**
 * What it takes to turn the `current` model into the `target` one, compared on what is portable
 * between engines; null when there is nothing to do.
 */
export function diffSnapshots(current: Snapshot, target: Snapshot): SchemaDiff | null {
  const diff: SchemaDiff = {
    collections: diffLists(current.collections, target.collections, (entry) => entry).map(
      ({ entry, diff }) => ({
        collection: entry.collection,
        diff,
      }),
    ),
    fields: diffLists(current.fields, target.fields, toPortableField).map(({ entry, diff }) => ({
      collection: entry.collection,
      field: entry.field,
      diff,
    })),
    systemFields: diffLists(current.systemFields, target.systemFields, (entry) => entry).map(
      ({ entry, diff }) => ({
        collection: entry.collection,
        field: entry.field,
        diff,
      }),
    ),
    relations: diffLists(current.relations, target.relations, toPortableRelation).map(({ entry, diff }) => ({
      collection: entry.collection,
      field: entry.field,
      related_collection: entry.related_collection,
      diff,
    })),
  };
  const empty = Object.values(diff).every((list) => list.length === 0);
  return empty ? null : diff;
}
