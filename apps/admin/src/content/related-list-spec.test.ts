import { describe, expect, it } from 'vitest';
import { type RelationDetails, toRelatedListSpec } from './related-list-spec.js';

const relation = (
  collection: string,
  field: string,
  related: string | null,
  meta: RelationDetails['meta'] = null,
): RelationDetails => ({ collection, field, related_collection: related, meta });

const relations = [
  relation('chapters', 'book', 'books', { one_field: 'chapters', sort_field: 'position' }),
  relation('books_tags', 'books_id', 'books', {
    one_field: 'tags',
    junction_field: 'tags_id',
    one_deselect_action: 'delete',
  }),
  relation('books_tags', 'tags_id', 'tags', { junction_field: 'books_id' }),
  relation('books_any', 'books_id', 'books', { one_field: 'things', junction_field: 'item' }),
  relation('books_any', 'item', null, { junction_field: 'books_id' }),
];

describe('toRelatedListSpec', () => {
  it('reads an o2m from the relation whose one_field the alias is', () => {
    expect(toRelatedListSpec('books', 'chapters', relations)).toEqual({
      kind: 'o2m',
      rowsCollection: 'chapters',
      parentField: 'book',
      sortField: 'position',
      deselect: 'nullify',
      far: null,
    });
  });

  it('reads an m2m through the junction’s other relation', () => {
    expect(toRelatedListSpec('books', 'tags', relations)).toEqual({
      kind: 'm2m',
      rowsCollection: 'books_tags',
      parentField: 'books_id',
      sortField: null,
      deselect: 'delete',
      far: { field: 'tags_id', collection: 'tags' },
    });
  });

  it('has no list for an m2a or an alias no relation names', () => {
    expect(toRelatedListSpec('books', 'things', relations)).toBeNull();
    expect(toRelatedListSpec('books', 'divider', relations)).toBeNull();
    expect(toRelatedListSpec('tags', 'chapters', relations)).toBeNull();
  });
});
