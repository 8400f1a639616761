import type { DiffRecord } from './snapshot-types.js';

type Path = Array<string | number>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function withPath(path: Path): { path?: Path } {
  return path.length > 0 ? { path } : {};
}

/**
 * The differences that turn `lhs` into `rhs`, as deep-diff records: objects compared key by key,
 * arrays index by index (extra or missing elements as `A` records), anything else by value.
 */
export function diffValues(lhs: unknown, rhs: unknown, path: Path = []): DiffRecord[] {
  if (Object.is(lhs, rhs)) return [];
  if (Array.isArray(lhs) && Array.isArray(rhs)) return diffArrays(lhs, rhs, path);
  if (isObject(lhs) && isObject(rhs)) return diffObjects(lhs, rhs, path);
  if (lhs === undefined) return [{ kind: 'N', ...withPath(path), rhs }];
  if (rhs === undefined) return [{ kind: 'D', ...withPath(path), lhs }];
  return [{ kind: 'E', ...withPath(path), lhs, rhs }];
}

function diffObjects(lhs: Record<string, unknown>, rhs: Record<string, unknown>, path: Path): DiffRecord[] {
  const records: DiffRecord[] = [];
  for (const key of Object.keys(lhs)) {
    if (!(key in rhs)) records.push({ kind: 'D', path: [...path, key], lhs: lhs[key] });
    else records.push(...diffValues(lhs[key], rhs[key], [...path, key]));
  }
  for (const key of Object.keys(rhs)) {
    if (!(key in lhs)) records.push({ kind: 'N', path: [...path, key], rhs: rhs[key] });
  }
  return records;
}

function diffArrays(lhs: unknown[], rhs: unknown[], path: Path): DiffRecord[] {
  const records: DiffRecord[] = [];
  const shared = Math.min(lhs.length, rhs.length);
  for (let index = 0; index < shared; index++)
    records.push(...diffValues(lhs[index], rhs[index], [...path, index]));
  for (let index = shared; index < rhs.length; index++) {
    records.push({ kind: 'A', ...withPath(path), index, item: { kind: 'N', rhs: rhs[index] } });
  }
  for (let index = lhs.length - 1; index >= shared; index--) {
    records.push({ kind: 'A', ...withPath(path), index, item: { kind: 'D', lhs: lhs[index] } });
  }
  return records;
}
