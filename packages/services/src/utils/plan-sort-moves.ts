import type { PrimaryKey } from '@plinth/types';

/** A row's key and manual-sort value, in the order the table gave them. */
export interface SortRow {
  key: PrimaryKey;
  sort: number | null;
}

const same = (a: PrimaryKey, b: PrimaryKey) => String(a) === String(b);

/** Rows without a value get the next ones after the largest, in table order. */
function fillMissing(rows: SortRow[]): SortRow[] {
  let last = Math.max(0, ...rows.map((row) => row.sort ?? 0));
  return rows.map((row) => (row.sort === null ? { key: row.key, sort: ++last } : row));
}

/** Duplicate values make "between" ambiguous, so then every row is renumbered 1..n in sort order. */
function renumberIfDuplicated(rows: SortRow[]): SortRow[] {
  const values = new Set(rows.map((row) => row.sort));
  if (values.size === rows.length) return rows;
  const ordered = rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => (a.row.sort as number) - (b.row.sort as number) || a.index - b.index);
  return ordered.map(({ row }, position) => ({ key: row.key, sort: position + 1 }));
}

/**
 * The sort values after moving `item` to where `to` is: `item` takes `to`'s value and the rows between
 * the two shift by one towards the gap `item` left. Returns every row whose value changes (and `item`
 * itself, so the move is always checked as an update of it), or null when `item` or `to` is not a row.
 */
export function planSortMoves(rows: readonly SortRow[], item: PrimaryKey, to: PrimaryKey): SortRow[] | null {
  const before = new Map(rows.map((row) => [String(row.key), row.sort]));
  const current = renumberIfDuplicated(fillMissing([...rows]));
  const source = current.find((row) => same(row.key, item))?.sort;
  const target = current.find((row) => same(row.key, to))?.sort;
  if (source == null || target == null) return null;
  const after = current.map(({ key, sort }) => {
    const value = sort as number;
    if (same(key, item)) return { key, sort: target };
    if (source < target && value > source && value <= target) return { key, sort: value - 1 };
    if (source > target && value >= target && value <= source) return { key, sort: value + 1 };
    return { key, sort: value };
  });
  return after.filter((row) => same(row.key, item) || before.get(String(row.key)) !== row.sort);
}
