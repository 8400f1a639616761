import { describe, expect, it } from 'vitest';
import { NEW_SORT_FIELD, NO_SORT_FIELD, toSortFieldInput } from './sort-field-options.js';

describe('toSortFieldInput', () => {
  it('asks for no sort field, a new one, or an existing one', () => {
    expect(toSortFieldInput(NO_SORT_FIELD, 'sort')).toBeUndefined();
    expect(toSortFieldInput(NEW_SORT_FIELD, 'position')).toEqual({ field: 'position', isNew: true });
    expect(toSortFieldInput('rank', 'sort')).toEqual({ field: 'rank', isNew: false });
  });

  it('asks for nothing when a new field has no name yet', () => {
    expect(toSortFieldInput(NEW_SORT_FIELD, '')).toBeUndefined();
  });
});
