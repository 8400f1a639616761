import { describe, expect, it } from 'vitest';
import { type PermissionRow, toPermissionRule } from './to-permission-rule.js';

const row = (overrides: Partial<PermissionRow>): PermissionRow => ({
  id: 4,
  policy: 'p1',
  collection: 'articles',
  action: 'read',
  permissions: null,
  validation: null,
  presets: null,
  fields: '*',
  ...overrides,
});

describe('toPermissionRule', () => {
  it('reads JSON text columns and a CSV fields column', () => {
    expect(
      toPermissionRule(
        row({
          permissions: '{"author":{"_eq":"$CURRENT_USER"}}',
          validation: '{"title":{"_nnull":true}}',
          presets: '{"status":"draft"}',
          fields: 'id, title ,body',
        }),
      ),
    ).toEqual({
      id: 4,
      policy: 'p1',
      collection: 'articles',
      action: 'read',
      permissions: { author: { _eq: '$CURRENT_USER' } },
      validation: { title: { _nnull: true } },
      presets: { status: 'draft' },
      fields: ['id', 'title', 'body'],
      system: false,
    });
  });

  it('reads JSON objects and a JSON array of fields as the PostgreSQL and MySQL drivers return them', () => {
    const rule = toPermissionRule(row({ permissions: { id: { _gt: 1 } }, fields: '["id","title"]' }));
    expect(rule?.permissions).toEqual({ id: { _gt: 1 } });
    expect(rule?.fields).toEqual(['id', 'title']);
    expect(toPermissionRule(row({ fields: ['a', 'b'] }))?.fields).toEqual(['a', 'b']);
  });

  it('reads an empty object, empty text and null as "no filter"', () => {
    for (const empty of ['{}', {}, '', null, 'null']) {
      expect(toPermissionRule(row({ permissions: empty, validation: empty, presets: empty }))).toMatchObject({
        permissions: null,
        validation: null,
        presets: null,
      });
    }
  });

  it('reads a missing fields column as no fields', () => {
    expect(toPermissionRule(row({ fields: null }))?.fields).toEqual([]);
    expect(toPermissionRule(row({ fields: '' }))?.fields).toEqual([]);
  });

  it('skips a row it cannot read rather than treating a broken filter as none', () => {
    expect(toPermissionRule(row({ permissions: '{"author":' }))).toBeNull();
    expect(toPermissionRule(row({ permissions: '[1]' }))).toBeNull();
    expect(toPermissionRule(row({ validation: '"text"' }))).toBeNull();
    expect(toPermissionRule(row({ fields: '["id"' }))).toBeNull();
    expect(toPermissionRule(row({ action: 'publish' }))).toBeNull();
  });
});
