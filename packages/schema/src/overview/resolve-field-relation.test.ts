import { describe, expect, it } from 'vitest';
import { contentFixture } from '../../test/overview/lib/content-fixture.js';
import { buildSchemaOverview } from './build-schema-overview.js';
import { resolveFieldRelation } from './resolve-field-relation.js';

const overview = buildSchemaOverview(contentFixture());

describe('resolveFieldRelation', () => {
  it.each([
    ['articles', 'author', 'm2o', 'authors'],
    ['authors', 'articles', 'o2m', 'authors'],
    ['articles', 'tags', 'm2m', 'articles'],
    ['articles', 'gallery', 'm2m', 'articles'],
    ['articles', 'translations', 'm2m', 'articles'],
    ['pages', 'blocks', 'm2a', 'pages'],
    ['pages_blocks', 'item', 'a2o', null],
    ['directus_users', 'role', 'm2o', 'directus_roles'],
    ['directus_roles', 'users', 'o2m', 'directus_roles'],
    ['directus_roles', 'children', 'o2m', 'directus_roles'],
    ['directus_users', 'policies', 'm2m', 'directus_users'],
    ['directus_policies', 'roles', 'm2m', 'directus_policies'],
  ])('%s.%s is %s', (collection, field, type, related) => {
    const resolved = resolveFieldRelation(overview, collection, field);
    expect(resolved?.type).toBe(type);
    expect(resolved?.relation.related_collection).toBe(related);
  });

  it('finds the junction side of m2m and m2a', () => {
    const tags = resolveFieldRelation(overview, 'articles', 'tags');
    expect(tags?.type === 'm2m' && tags.junction).toMatchObject({
      field: 'tags_id',
      related_collection: 'tags',
    });
    const blocks = resolveFieldRelation(overview, 'pages', 'blocks');
    expect(blocks?.type === 'm2a' && blocks.junction.meta).toMatchObject({
      one_allowed_collections: ['headings', 'texts'],
    });
    const policies = resolveFieldRelation(overview, 'directus_users', 'policies');
    expect(policies?.type === 'm2m' && policies.junction).toMatchObject({
      field: 'policy',
      related_collection: 'directus_policies',
    });
  });

  it('returns null for fields outside any relation', () => {
    expect(resolveFieldRelation(overview, 'articles', 'title')).toBeNull();
    expect(resolveFieldRelation(overview, 'articles', 'notice')).toBeNull();
  });
});
