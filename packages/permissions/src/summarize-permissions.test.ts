import { describe, expect, it } from 'vitest';
import type { PermissionRule } from './permission-rule.js';
import { summarizePermissions } from './summarize-permissions.js';

const rule = (overrides: Partial<PermissionRule>): PermissionRule => ({
  id: 1,
  policy: 'p1',
  collection: 'articles',
  action: 'read',
  permissions: null,
  validation: null,
  presets: null,
  fields: ['*'],
  system: false,
  ...overrides,
});

const caller = (rules: PermissionRule[]) => ({ admin: false, all: () => rules });

describe('summarizePermissions', () => {
  it('gives an admin full access with every field to every listed collection', () => {
    const summary = summarizePermissions({ admin: true, all: () => [] }, ['articles', 'directus_users']);
    expect(Object.keys(summary)).toEqual(['articles', 'directus_users']);
    expect(summary['articles']).toEqual({
      create: { access: 'full', fields: ['*'] },
      read: { access: 'full', fields: ['*'] },
      update: { access: 'full', fields: ['*'] },
      delete: { access: 'full', fields: ['*'] },
      share: { access: 'full', fields: ['*'] },
    });
  });

  it('lists the collections the rules name, every action present, none where no rule is', () => {
    const summary = summarizePermissions(caller([rule({ fields: ['id', 'title'] })]), ['articles', 'other']);
    expect(summary).toEqual({
      articles: {
        create: { access: 'none' },
        read: { access: 'full', fields: ['id', 'title'] },
        update: { access: 'none' },
        delete: { access: 'none' },
        share: { access: 'none' },
      },
    });
  });

  it('calls an action partial when a rule has an item filter, even beside an unfiltered one', () => {
    const filtered = rule({ permissions: { author: { _eq: 'u1' } } });
    expect(summarizePermissions(caller([filtered]), [])['articles']?.read.access).toBe('partial');
    expect(summarizePermissions(caller([rule({}), filtered]), [])['articles']?.read.access).toBe('partial');
    expect(summarizePermissions(caller([filtered, rule({})]), [])['articles']?.read.access).toBe('partial');
  });

  it('unions the fields, collapsing to "*" when some rule grants all', () => {
    const rules = [rule({ fields: ['id', 'title'] }), rule({ fields: ['title', 'body'] })];
    expect(summarizePermissions(caller(rules), [])['articles']?.read.fields).toEqual(['id', 'title', 'body']);
    const withStar = [...rules, rule({ fields: ['*'] }), rule({ fields: ['extra'] })];
    expect(summarizePermissions(caller(withStar), [])['articles']?.read.fields).toEqual(['*']);
  });

  it('merges presets in order and leaves them out when no rule has any', () => {
    const rules = [
      rule({ action: 'create', presets: { status: 'draft', owner: 'u1' } }),
      rule({ action: 'create', presets: { status: 'review' } }),
    ];
    const summary = summarizePermissions(caller(rules), []);
    expect(summary['articles']?.create.presets).toEqual({ status: 'review', owner: 'u1' });
    expect(summary['articles']?.read).not.toHaveProperty('presets');
  });

  it('leaves fields out when the rules name none', () => {
    const summary = summarizePermissions(caller([rule({ action: 'delete', fields: [] })]), []);
    expect(summary['articles']?.delete).toEqual({ access: 'full' });
  });
});
