import { describe, expect, it } from 'vitest';
import { isFilled, toCollectionPayload, toFieldPayload, toRelationPayload } from './collection-payload.js';

describe('toCollectionPayload', () => {
  it('adds an auto-increment id, keeps filled rows and makes required ones NOT NULL', () => {
    const payload = toCollectionPayload('articles', [
      { field: 'title', type: 'string', required: true },
      { field: '', type: 'string', required: false },
      { field: 'id', type: 'uuid', required: false },
      { field: 'body', type: 'text', required: false },
      { field: 'author', type: 'm2o', required: false },
    ]);
    expect(payload.collection).toBe('articles');
    expect(payload.schema).toEqual({});
    expect(payload.fields.map((field) => field.field)).toEqual(['id', 'title', 'body']);
    expect(payload.fields[0]).toMatchObject({
      type: 'integer',
      schema: { is_primary_key: true, has_auto_increment: true },
    });
    expect(payload.fields[1]).toMatchObject({
      schema: { is_nullable: false },
      meta: { required: true, interface: 'input' },
    });
    expect(payload.fields[2]).toMatchObject({
      schema: {},
      meta: { required: false, interface: 'input-multiline' },
    });
  });

  it('gives an m2o column the type of the related primary key', () => {
    const payload = toCollectionPayload(
      'articles',
      [{ field: 'owner', type: 'm2o', required: false, related: 'people' }],
      {
        people: 'uuid',
      },
    );
    expect(payload.fields[1]).toEqual({
      field: 'owner',
      type: 'uuid',
      schema: {},
      meta: { interface: 'select-dropdown-m2o', required: false, special: ['m2o'] },
    });
  });
});

describe('toFieldPayload and toRelationPayload', () => {
  it('default an m2o to an integer key and relate it with SET NULL on delete', () => {
    const field = { field: 'author', type: 'm2o', required: true, related: 'authors' };
    expect(isFilled(field)).toBe(true);
    expect(isFilled({ ...field, related: '' })).toBe(false);
    expect(toFieldPayload(field)).toMatchObject({ type: 'integer', schema: { is_nullable: false } });
    expect(toRelationPayload('articles', field)).toEqual({
      collection: 'articles',
      field: 'author',
      related_collection: 'authors',
      schema: { on_delete: 'SET NULL' },
    });
  });
});
