import { describe, expect, it } from 'vitest';
import { contentFixture } from '../../test/overview/lib/content-fixture.js';
import { buildSchemaOverview } from './build-schema-overview.js';

const overview = buildSchemaOverview(contentFixture());
const find = (collection: string, field: string) =>
  overview.relations.filter((r) => r.collection === collection && r.field === field);

describe('relations of the overview', () => {
  it('joins a meta row with the foreign key of its field', () => {
    const [author] = find('articles', 'author');
    expect(author).toMatchObject({ related_collection: 'authors', meta: { id: 1, one_field: 'articles' } });
    expect(author?.schema).toMatchObject({
      table: 'articles',
      column: 'author',
      foreign_key_table: 'authors',
      on_delete: 'SET NULL',
    });
  });

  it('keeps a foreign key without a meta row as a relation with meta null', () => {
    expect(find('legacy', 'article')).toEqual([
      expect.objectContaining({
        related_collection: 'articles',
        meta: null,
        schema: expect.objectContaining({ column: 'article' }),
      }),
    ]);
  });

  it('keeps a meta row without a foreign key with schema null, and parses one_allowed_collections', () => {
    const [item] = find('pages_blocks', 'item');
    expect(item).toMatchObject({ related_collection: null, schema: null });
    expect(item?.meta?.one_allowed_collections).toEqual(['headings', 'texts']);
  });

  it('drops meta rows of collections that do not exist', () => {
    expect(find('ghost', 'x')).toEqual([]);
  });

  it('includes the system relations, marked system, joined with their foreign keys', () => {
    const [role] = find('directus_users', 'role');
    expect(role).toMatchObject({
      related_collection: 'directus_roles',
      meta: { one_field: 'users', system: true },
    });
    expect(role?.schema?.foreign_key_table).toBe('directus_roles');
    expect(find('directus_access', 'policy').map((r) => r.meta?.one_field)).toEqual(['roles', 'users']);
    const described = overview.relations.filter(
      (r) => r.collection.startsWith('directus_') && r.meta === null,
    );
    expect(described).toEqual([]);
  });
});
