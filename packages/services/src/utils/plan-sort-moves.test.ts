import { describe, expect, it } from 'vitest';
import { planSortMoves, type SortRow } from './plan-sort-moves.js';

const rows = (...sorts: (number | null)[]): SortRow[] =>
  sorts.map((sort, index) => ({ key: index + 1, sort }));

describe('planSortMoves', () => {
  it('moves an item down: the rows it passes shift up by one', () => {
    expect(planSortMoves(rows(1, 2, 3, 4), 1, 3)).toEqual([
      { key: 1, sort: 3 },
      { key: 2, sort: 1 },
      { key: 3, sort: 2 },
    ]);
  });

  it('moves an item up: the rows it passes shift down by one, keeping gaps elsewhere', () => {
    expect(planSortMoves(rows(10, 20, 30, 40), 4, '2')).toEqual([
      { key: 2, sort: 21 },
      { key: 3, sort: 31 },
      { key: 4, sort: 20 },
    ]);
  });

  it('numbers rows without a value after the largest one first', () => {
    expect(planSortMoves(rows(1, null, 2), 2, 1)).toEqual([
      { key: 1, sort: 2 },
      { key: 2, sort: 1 },
      { key: 3, sort: 3 },
    ]);
  });

  it('renumbers every row when values repeat', () => {
    expect(planSortMoves(rows(5, 5, 7), 3, 3)).toEqual([
      { key: 1, sort: 1 },
      { key: 2, sort: 2 },
      { key: 3, sort: 3 },
    ]);
  });

  it('keeps the moved item in the plan even when nothing changes', () => {
    expect(planSortMoves(rows(1, 2), 2, 2)).toEqual([{ key: 2, sort: 2 }]);
  });

  it('answers null when either key is not a row', () => {
    expect(planSortMoves(rows(1, 2), 9, 1)).toBeNull();
    expect(planSortMoves(rows(1, 2), 1, 9)).toBeNull();
  });
});
