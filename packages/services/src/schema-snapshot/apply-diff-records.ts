import type { DiffRecord } from './snapshot-types.js';

function clone<T>(value: T): T {
  return value === undefined ? value : (structuredClone(value) as T);
}

function parentOf(
  root: Record<string, unknown>,
  path: Array<string | number>,
): Record<string | number, unknown> {
  let node: Record<string | number, unknown> = root;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = typeof key === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  }
  return node;
}

/**
 * Applies deep-diff records to a copy of `target` and returns it: the inverse of {@link diffValues}.
 * A record without a path replaces the whole value.
 */
export function applyDiffRecords<T>(target: T, records: DiffRecord[]): T {
  const box: Record<string, unknown> = { value: clone(target) };
  for (const record of records) {
    const path = ['value', ...(record.path ?? [])];
    const parent = parentOf(box, path);
    const key = path.at(-1)!;
    if (record.kind === 'A') {
      if (!Array.isArray(parent[key])) parent[key] = [];
      const list = parent[key] as unknown[];
      if (record.item.kind === 'N') list[record.index] = clone(record.item.rhs);
      else if (record.item.kind === 'D') list.splice(record.index, 1);
      continue;
    }
    if (record.kind === 'D') {
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
      else delete parent[key];
      continue;
    }
    parent[key] = clone(record.rhs);
  }
  return box.value as T;
}
