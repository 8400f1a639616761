import { describe, expect, it } from 'vitest';
import type { FieldInfo } from '../lib/schema-types.js';
import { defaultColumns, nextSort, toCellText, toSortParam } from './list-state.js';

const field = (name: string, hidden = false, type = 'string'): FieldInfo => ({
  collection: 'c',
  field: name,
  type,
  schema: type === 'alias' ? null : {},
  meta: { hidden },
});

describe('list state', () => {
  it('cycles a header through ascending, descending and off', () => {
    const first = nextSort(null, 'title');
    expect(first).toEqual({ field: 'title', descending: false });
    const second = nextSort(first, 'title');
    expect(toSortParam(second)).toEqual(['-title']);
    expect(nextSort(second, 'title')).toBeNull();
    expect(nextSort(second, 'views')).toEqual({ field: 'views', descending: false });
    expect(toSortParam(null)).toEqual([]);
  });

  it('shows up to four visible data fields, or the first field when all are hidden', () => {
    const fields = [
      field('id', true),
      field('a'),
      field('tags', false, 'alias'),
      field('b'),
      field('c'),
      field('d'),
      field('e'),
    ];
    expect(defaultColumns(fields)).toEqual(['a', 'b', 'c', 'd']);
    expect(defaultColumns([field('id', true)])).toEqual(['id']);
  });

  it('formats cells', () => {
    expect(toCellText(null)).toBe('');
    expect(toCellText(true)).toBe('Yes');
    expect(toCellText({ a: 1 })).toBe('{"a":1}');
    expect(toCellText(3)).toBe('3');
  });
});
