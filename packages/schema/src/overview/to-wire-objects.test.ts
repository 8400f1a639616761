import { isPlinthError } from '@plinth/errors';
import { describe, expect, it } from 'vitest';
import { contentFixture } from '../../test/overview/lib/content-fixture.js';
import { buildSchemaOverview } from './build-schema-overview.js';
import { toCollectionObject, toCollectionObjects } from './to-collection-object.js';
import { toFieldObject, toFieldObjects } from './to-field-object.js';
import { toRelationObject } from './to-relation-object.js';

const overview = buildSchemaOverview(contentFixture());

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('toCollectionObject', () => {
  it('returns meta and schema of a table, meta null when unmanaged, schema null for a folder', () => {
    expect(toCollectionObject(overview, 'articles')).toMatchObject({
      collection: 'articles',
      meta: { collection: 'articles', sort_field: 'sort' },
      schema: { name: 'articles', comment: null },
    });
    expect(toCollectionObject(overview, 'legacy').meta).toBeNull();
    expect(toCollectionObject(overview, 'content')).toMatchObject({ meta: { icon: 'folder' }, schema: null });
    expect(toCollectionObject(overview, 'directus_users').meta?.system).toBe(true);
  });

  it('detaches the result from the overview', () => {
    const object = toCollectionObject(overview, 'articles');
    object.meta!.icon = 'changed';
    expect(overview.collections['articles']?.meta?.icon).toBeNull();
  });

  it('refuses unknown collections with FORBIDDEN', () => {
    expect(
      isPlinthError(
        thrown(() => toCollectionObject(overview, 'nope')),
        'FORBIDDEN',
      ),
    ).toBe(true);
  });

  it('lists collections and folders by name', () => {
    const names = toCollectionObjects(overview).map((object) => object.collection);
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(expect.arrayContaining(['content', 'articles', 'directus_users']));
  });
});

describe('toFieldObject', () => {
  it('has exactly the wire keys, type included', () => {
    const object = toFieldObject(overview, 'articles', 'title');
    expect(Object.keys(object)).toEqual(['collection', 'field', 'type', 'schema', 'meta']);
    expect(object).toMatchObject({ type: 'string', meta: null, schema: { data_type: 'character varying' } });
  });

  it('serves alias fields with schema null and system fields with their system meta', () => {
    expect(toFieldObject(overview, 'articles', 'tags')).toMatchObject({
      type: 'alias',
      schema: null,
      meta: { special: ['m2m'] },
    });
    expect(toFieldObject(overview, 'directus_users', 'password').meta).toMatchObject({
      system: true,
      special: ['hash', 'conceal'],
      interface: 'input-hash',
    });
  });

  it('lists the fields of a collection in field order, and refuses unknown names', () => {
    expect(toFieldObjects(overview, 'authors').map((f) => f.field)).toEqual(['id', 'name', 'articles']);
    expect(
      isPlinthError(
        thrown(() => toFieldObject(overview, 'articles', 'nope')),
        'FORBIDDEN',
      ),
    ).toBe(true);
    expect(
      isPlinthError(
        thrown(() => toFieldObjects(overview, 'nope')),
        'FORBIDDEN',
      ),
    ).toBe(true);
  });
});

describe('toRelationObject', () => {
  it('copies the relation in wire key order', () => {
    const relation = overview.relations.find((r) => r.collection === 'articles' && r.field === 'author')!;
    const object = toRelationObject(relation);
    expect(Object.keys(object)).toEqual(['collection', 'field', 'related_collection', 'schema', 'meta']);
    expect(object).toEqual(relation);
    expect(object.meta).not.toBe(relation.meta);
  });
});
