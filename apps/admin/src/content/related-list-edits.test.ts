import { describe, expect, it } from 'vitest';
import {
  addRow,
  moveRow,
  type RelatedListState,
  type RelatedRow,
  removeRow,
  toNestedChange,
} from './related-list-edits.js';
import type { RelatedListSpec } from './related-list-spec.js';

const o2m: RelatedListSpec = {
  kind: 'o2m',
  rowsCollection: 'chapters',
  parentField: 'book',
  sortField: 'position',
  deselect: 'nullify',
  far: null,
};
const m2m: RelatedListSpec = {
  kind: 'm2m',
  rowsCollection: 'books_tags',
  parentField: 'books_id',
  sortField: null,
  deselect: 'delete',
  far: { field: 'tags_id', collection: 'tags' },
};

const saved = (key: number, sort: number | null): RelatedRow => ({
  id: `s${key}`,
  state: 'saved',
  key,
  sort,
  item: {},
});
const stored: RelatedListState = { rows: [saved(1, 1), saved(2, 2), saved(3, 3)], removed: [] };

describe('editing a related list', () => {
  it('moves rows, clamping the target to the list', () => {
    expect(moveRow(stored, 2, 0).rows.map((row) => row.id)).toEqual(['s3', 's1', 's2']);
    expect(moveRow(stored, 0, 9).rows.map((row) => row.id)).toEqual(['s2', 's3', 's1']);
    expect(moveRow(stored, 0, -1)).toBe(stored);
  });

  it('remembers removed saved rows, forgets removed new ones', () => {
    const created: RelatedRow = { id: 'n1', state: 'created', data: { title: 'x' }, item: {} };
    const list = removeRow(removeRow(addRow(stored, created), 'n1'), 's2');
    expect(list.rows.map((row) => row.id)).toEqual(['s1', 's3']);
    expect(list.removed).toEqual([2]);
  });

  it('does not add an item the list already shows', () => {
    const again: RelatedRow = { id: 'p', state: 'picked', key: '3', item: {} };
    expect(addRow(stored, again)).toBe(stored);
  });
});

describe('toNestedChange', () => {
  it('is null when nothing changed', () => {
    expect(toNestedChange(o2m, 'id', stored)).toBeNull();
  });

  it('o2m: links picked children, creates new ones, renumbers moved rows, deletes removed ones', () => {
    let list = moveRow(stored, 2, 0);
    list = removeRow(list, 's2');
    list = addRow(list, { id: 'p', state: 'picked', key: 9, item: {} });
    list = addRow(list, { id: 'n', state: 'created', data: { title: 'Epilogue' }, item: {} });
    expect(toNestedChange(o2m, 'id', list)).toEqual({
      create: [{ title: 'Epilogue', position: 4 }],
      update: [
        { id: 3, position: 1 },
        { id: 1, position: 2 },
        { id: 9, position: 3 },
      ],
      delete: [2],
    });
  });

  it('m2m: creates junction rows for picked and new far items, deletes removed junction rows', () => {
    let list = removeRow(stored, 's1');
    list = addRow(list, { id: 'p', state: 'picked', key: 'red', item: {} });
    list = addRow(list, { id: 'n', state: 'created', data: { name: 'blue' }, item: {} });
    expect(toNestedChange(m2m, 'id', list)).toEqual({
      create: [{ tags_id: 'red' }, { tags_id: { name: 'blue' } }],
      update: [],
      delete: [1],
    });
  });

  it('writes sort values for saved rows that had none', () => {
    const unsorted: RelatedListState = { rows: [saved(5, null)], removed: [] };
    expect(toNestedChange(o2m, 'id', unsorted)?.update).toEqual([{ id: 5, position: 1 }]);
  });
});
