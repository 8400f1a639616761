import type { CallerPermissions, PermissionRule, PermissionsRuntime } from '@plinth/permissions';
import type { Accountability, SchemaOverview } from '@plinth/types';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { callerPermissions } from '../../permissions/caller-permissions.js';
import { readPolicyResolver } from './read-policy-resolver.js';

const caller = (admin: boolean): Accountability => ({
  user: admin ? 'u' : null,
  role: null,
  roles: [],
  policies: [],
  admin,
  app: false,
  ip: null,
  userAgent: null,
  origin: null,
});

const schema = {
  collections: { articles: { collection: 'articles', fields: { id: {}, title: {}, status: {} } } },
} as unknown as SchemaOverview;

const rule = (values: Partial<PermissionRule>): PermissionRule => ({
  id: 1,
  policy: 'p',
  collection: 'articles',
  action: 'read',
  permissions: null,
  validation: null,
  presets: null,
  fields: ['*'],
  system: false,
  ...values,
});

/** A runtime answering fixed rules: the contract `forCaller` fulfils, without a database. */
function fixedRuntime(rules: PermissionRule[]): PermissionsRuntime {
  const permissions: CallerPermissions = {
    admin: false,
    rules: (collection, action) => rules.filter((r) => r.collection === collection && r.action === action),
    all: () => rules,
    fingerprint: 'fixed',
  };
  return { forCaller: async () => permissions, invalidate: async () => {}, close: async () => {} };
}

const db = {} as Kysely<Record<string, never>>;

describe('readPolicyResolver', () => {
  it('lets admins and the system read everything', () => {
    expect(readPolicyResolver({ accountability: caller(true), schema })('articles')).toEqual({ fields: '*' });
    expect(readPolicyResolver({ accountability: null, schema })('articles')).toEqual({ fields: '*' });
  });

  it('gives a caller nothing before their permissions are resolved, or without a runtime', async () => {
    const ctx = { accountability: caller(false), schema, db };
    expect(readPolicyResolver(ctx)('articles')).toBeNull();
    await callerPermissions(ctx);
    expect(readPolicyResolver(ctx)('articles')).toBeNull();
  });

  it('merges the read rules: OR of row filters, union of fields, field filters per rule', async () => {
    const published = { status: { _eq: 'published' } };
    const permissions = fixedRuntime([
      rule({ permissions: published, fields: ['id', 'title'] }),
      rule({ id: 2, permissions: { status: { _eq: 'draft' } }, fields: ['id'] }),
    ]);
    const ctx = { accountability: caller(false), schema, db, permissions };
    await callerPermissions(ctx);
    const policy = readPolicyResolver(ctx)('articles');
    expect(policy?.filter).toEqual({ _or: [published, { status: { _eq: 'draft' } }] });
    expect(policy?.fields).toEqual(new Set(['id', 'title']));
    expect(policy?.fieldFilters).toEqual(new Map([['title', published]]));
    expect(readPolicyResolver(ctx)('comments')).toBeNull();
  });
});
