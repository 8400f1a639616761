import { describe, expect, it } from 'vitest';
import type { FieldInfo } from '../lib/schema-types.js';
import { NEW_KEY_FIELD, toKeyFieldOptions, toKeyFieldState } from './key-field-options.js';
import type { ModelRelation } from './use-collection-model.js';

const column = (field: string, schema: FieldInfo['schema'] = {}): FieldInfo => ({
  collection: 'books',
  field,
  type: 'integer',
  schema,
  meta: null,
});

const relations: ModelRelation[] = [
  { collection: 'books', field: 'author', related_collection: 'authors', meta: { one_field: null } },
  { collection: 'books', field: 'editor', related_collection: 'authors', meta: { one_field: 'edited' } },
  { collection: 'books', field: 'shelf', related_collection: 'shelves', meta: null },
];

describe('toKeyFieldOptions and toKeyFieldState', () => {
  it('offers free columns and m2o fields to the collection that have no list yet', () => {
    const fields = [
      column('id', { is_primary_key: true }),
      column('author'),
      column('editor'),
      column('shelf'),
      column('owner_id'),
      { ...column('tags'), type: 'alias', schema: null },
    ];
    expect(toKeyFieldOptions(fields, relations, 'authors', 'books')).toEqual(['author', 'owner_id']);
  });

  it('tells a new column from a free one and from an m2o', () => {
    expect(toKeyFieldState(relations, 'books', NEW_KEY_FIELD)).toBe('new');
    expect(toKeyFieldState(relations, 'books', 'owner_id')).toBe('unrelated');
    expect(toKeyFieldState(relations, 'books', 'author')).toBe('related');
  });
});
