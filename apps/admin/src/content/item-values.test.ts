import { describe, expect, it } from 'vitest';
import type { FieldInfo } from '../lib/schema-types.js';
import { kindOf, toPayload, toValues } from './item-values.js';
import type { CollectionSchema } from './use-collection-schema.js';

const field = (name: string, type: string, meta: FieldInfo['meta'] = null): FieldInfo => ({
  collection: 'books',
  field: name,
  type,
  schema: type === 'alias' ? null : {},
  meta,
});

const schema: CollectionSchema = {
  fields: [
    field('title', 'string'),
    field('pages', 'integer'),
    field('body', 'text', { interface: 'input-rich-text-html' }),
    field('chapters', 'alias', { special: ['o2m'] }),
  ],
  primaryKey: 'id',
  relatedBy: {},
  lists: {
    chapters: {
      kind: 'o2m',
      rowsCollection: 'chapters',
      parentField: 'book',
      sortField: null,
      deselect: 'nullify',
      far: null,
    },
  },
};

describe('item values', () => {
  it('takes a field’s kind from its list first', () => {
    expect(schema.fields.map((entry) => kindOf(schema, entry))).toEqual([
      'text',
      'integer',
      'rich-text',
      'o2m',
    ]);
  });

  it('leaves lists out of the form values and the payload', () => {
    const values = toValues(schema, { title: 'Dune', pages: 412, body: '<p>x</p>', chapters: [1, 2] }, false);
    expect(values).toEqual({ title: 'Dune', pages: '412', body: '<p>x</p>' });
    const edited = { ...values, pages: '500', body: '<p>y</p>' };
    expect(toPayload(schema, schema.fields, edited, values, false)).toEqual({
      payload: { pages: 500, body: '<p>y</p>' },
      invalid: {},
    });
  });

  it('reports inputs that do not parse', () => {
    const values = toValues(schema, {}, true);
    expect(toPayload(schema, schema.fields, { ...values, pages: '1.5' }, {}, true)).toEqual({
      payload: {},
      invalid: { pages: 'Enter a whole number.' },
    });
  });
});
