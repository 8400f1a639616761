import { describe, expect, it } from 'vitest';
import type { PermissionAction, PermissionRule } from '../permission-rule.js';
import { toShareRules } from './to-share-rules.js';

function rule(
  collection: string,
  action: PermissionAction,
  permissions: PermissionRule['permissions'],
  fields: string[],
): PermissionRule {
  return {
    id: 1,
    policy: 'p',
    collection,
    action,
    permissions,
    validation: null,
    presets: null,
    fields,
    system: false,
  };
}

const reach = [
  { collection: 'articles', filter: { id: { _eq: '1' } } },
  { collection: 'authors', filter: { id: { _in: ['a'] } } },
  { collection: 'comments', filter: { article: { _eq: '1' } } },
];
const published = { status: { _eq: 'published' } };

const userCollections = (rules: PermissionRule[]) => rules.filter((entry) => !entry.system);

describe('toShareRules', () => {
  it('ANDs the reach with both sides’ row filters and intersects their fields', () => {
    const rules = toShareRules(
      reach,
      { admin: false, rules: [rule('articles', 'read', published, ['id', 'title', 'status'])] },
      { admin: false, rules: [rule('articles', 'read', null, ['id', 'title', 'slug'])] },
    );
    expect(userCollections(rules)).toEqual([
      {
        id: null,
        policy: null,
        collection: 'articles',
        action: 'read',
        permissions: { _and: [{ id: { _eq: '1' } }, published] },
        validation: null,
        presets: null,
        fields: ['id', 'title'],
        system: false,
      },
    ]);
  });

  it('keeps only reads, and only collections both non-admin sides may read', () => {
    const rules = toShareRules(
      reach,
      {
        admin: false,
        rules: [rule('articles', 'update', null, ['*']), rule('authors', 'read', null, ['*'])],
      },
      {
        admin: false,
        rules: [rule('authors', 'read', null, ['name']), rule('comments', 'read', null, ['*'])],
      },
    );
    expect(userCollections(rules).map((entry) => [entry.collection, entry.action, entry.fields])).toEqual([
      ['authors', 'read', ['name']],
    ]);
  });

  it('lets an admin side bind nothing and the other side bind alone', () => {
    const rules = toShareRules(
      reach,
      { admin: true, rules: [] },
      { admin: false, rules: [rule('comments', 'read', published, ['id'])] },
    );
    expect(userCollections(rules)).toMatchObject([
      {
        collection: 'comments',
        permissions: { _and: [{ article: { _eq: '1' } }, published] },
        fields: ['id'],
      },
    ]);
  });

  it('opens every reached collection in full when both sides are admins, and always the data model', () => {
    const rules = toShareRules(reach, { admin: true, rules: [] }, { admin: true, rules: [] });
    expect(rules.map((entry) => [entry.collection, entry.fields.join()])).toEqual([
      ['articles', '*'],
      ['authors', '*'],
      ['comments', '*'],
      ['directus_collections', '*'],
      ['directus_fields', '*'],
      ['directus_relations', '*'],
    ]);
    expect(rules[0]?.permissions).toEqual({ id: { _eq: '1' } });
  });

  it('ORs two reaches of the same collection', () => {
    const rules = toShareRules(
      [
        { collection: 'articles', filter: { id: { _eq: '1' } } },
        { collection: 'articles', filter: { parent: { _eq: '1' } } },
      ],
      { admin: true, rules: [] },
      { admin: true, rules: [] },
    );
    expect(rules[0]?.permissions).toEqual({ _or: [{ id: { _eq: '1' } }, { parent: { _eq: '1' } }] });
  });
});
