import type { RelatedListSpec } from './related-list-spec.js';

/** A primary key as the API sends it. */
export type Key = string | number;

/**
 * One row of a related list in the editor:
 * - `saved`: a row stored in the list's collection (a child for o2m, a junction row for m2m);
 * - `picked`: an existing item added from the picker (a child to link, or the far item for m2m);
 * - `created`: a new item to create on save (a child, or the far item for m2m).
 * `item` is what the row's label is rendered from; `sort` the stored sort value of a saved row.
 */
export type RelatedRow =
  | { id: string; state: 'saved'; key: Key; sort: number | null; item: Record<string, unknown> }
  | { id: string; state: 'picked'; key: Key; item: Record<string, unknown> }
  | { id: string; state: 'created'; data: Record<string, unknown>; item: Record<string, unknown> };

/** A related list being edited: its rows in order, and the keys of saved rows removed from it. */
export interface RelatedListState {
  rows: RelatedRow[];
  removed: Key[];
}

/** The `{create, update, delete}` change the API takes on an o2m or m2m alias. */
export interface NestedChange {
  create: Record<string, unknown>[];
  update: Record<string, unknown>[];
  delete: Key[];
}

/** Moves the row at `from` to `to` (both clamped to the list). */
export function moveRow(list: RelatedListState, from: number, to: number): RelatedListState {
  const last = list.rows.length - 1;
  const target = Math.max(0, Math.min(last, to));
  if (from < 0 || from > last || from === target) return list;
  const rows = [...list.rows];
  const [row] = rows.splice(from, 1);
  if (row) rows.splice(target, 0, row);
  return { ...list, rows };
}

/** Takes a row out of the list; a saved row's key is remembered for the `delete` of the change. */
export function removeRow(list: RelatedListState, id: string): RelatedListState {
  const row = list.rows.find((candidate) => candidate.id === id);
  if (!row) return list;
  const rows = list.rows.filter((candidate) => candidate !== row);
  return { rows, removed: row.state === 'saved' ? [...list.removed, row.key] : list.removed };
}

/** Adds a row at the end, unless it is a picked item the list already shows. */
export function addRow(list: RelatedListState, row: RelatedRow): RelatedListState {
  if (row.state === 'picked' && list.rows.some((other) => sameItem(other, row.key))) return list;
  return { ...list, rows: [...list.rows, row] };
}

function sameItem(row: RelatedRow, key: Key): boolean {
  return row.state !== 'created' && String(row.key) === String(key);
}

/**
 * The change that turns the stored list into `list`: new and picked rows become creates (m2m:
 * junction rows pointing at the far item) or link updates (o2m); saved rows whose place moved get
 * their new sort value (1-based); removed rows are deleted (the server unlinks or deletes them, as the
 * relation says). Null when nothing changed.
 */
export function toNestedChange(
  spec: RelatedListSpec,
  rowsPrimaryKey: string,
  list: RelatedListState,
): NestedChange | null {
  const change: NestedChange = { create: [], update: [], delete: [...list.removed] };
  list.rows.forEach((row, index) => {
    const sort = spec.sortField ? { [spec.sortField]: index + 1 } : {};
    if (row.state === 'saved') {
      if (spec.sortField && row.sort !== index + 1)
        change.update.push({ [rowsPrimaryKey]: row.key, ...sort });
    } else if (spec.far) {
      const far = row.state === 'picked' ? row.key : row.data;
      change.create.push({ [spec.far.field]: far, ...sort });
    } else if (row.state === 'picked') {
      change.update.push({ [rowsPrimaryKey]: row.key, ...sort });
    } else {
      change.create.push({ ...row.data, ...sort });
    }
  });
  const empty = change.create.length + change.update.length + change.delete.length === 0;
  return empty ? null : change;
}
