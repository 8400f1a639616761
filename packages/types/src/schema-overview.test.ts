import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Accountability } from './accountability.js';
import type { EventName, FilterEventName } from './event-name.js';
import type { RelationOverview } from './relation-overview.js';
import type { SchemaOverview } from './schema-overview.js';

const authorRelation: RelationOverview = {
  collection: 'articles',
  field: 'author',
  related_collection: 'directus_users',
  schema: {
    table: 'articles',
    column: 'author',
    foreign_key_table: 'directus_users',
    foreign_key_column: 'id',
    constraint_name: 'articles_author_foreign',
    on_update: 'NO ACTION',
    on_delete: 'SET NULL',
  },
  meta: {
    id: 5,
    many_collection: 'articles',
    many_field: 'author',
    one_collection: 'directus_users',
    one_field: null,
    one_collection_field: null,
    one_allowed_collections: null,
    junction_field: null,
    sort_field: null,
    one_deselect_action: 'nullify',
  },
};

describe('SchemaOverview', () => {
  it('describes collections, fields and relations as the schema package builds them', () => {
    const schema: SchemaOverview = {
      collections: {
        articles: {
          collection: 'articles',
          primary: 'id',
          primaryKeys: ['id'],
          system: false,
          singleton: false,
          sortField: null,
          accountability: 'all',
          note: null,
          meta: null,
          schema: { name: 'articles', comment: null },
          fields: {
            id: {
              field: 'id',
              type: 'integer',
              dbType: 'integer',
              nullable: false,
              defaultValue: null,
              special: [],
              generated: false,
              alias: false,
              precision: 32,
              scale: 0,
              maxLength: null,
              validation: null,
              searchable: true,
              meta: null,
              schema: null,
            },
            tags: {
              field: 'tags',
              type: 'alias',
              dbType: null,
              nullable: true,
              defaultValue: null,
              special: ['m2m', 'my-extension-flag'],
              generated: false,
              alias: true,
              precision: null,
              scale: null,
              maxLength: null,
              validation: { _and: [] },
              searchable: false,
              meta: null,
              schema: null,
            },
          },
        },
      },
      folders: {},
      relations: [authorRelation],
    };

    expect(schema.collections['articles']?.fields['tags']?.special).toContain('m2m');
    expect(schema.relations[0]?.meta?.one_deselect_action).toBe('nullify');
  });

  it('refuses values outside the wire vocabulary', () => {
    // @ts-expect-error on_delete is a referential action
    const badAction: RelationOverview['schema'] = { ...authorRelation.schema!, on_delete: 'DROP' };
    // @ts-expect-error field types are the wire types
    const badType: SchemaOverview['collections'][string]['fields'][string]['type'] = 'varchar';
    expect([badAction?.on_delete, badType]).toEqual(['DROP', 'varchar']);
  });
});

describe('Accountability', () => {
  it('describes an anonymous request', () => {
    const anonymous: Accountability = {
      user: null,
      role: null,
      roles: [],
      policies: ['abf8a154-5b1c-4a46-ac9c-7300570f4f17'],
      admin: false,
      app: false,
      ip: '127.0.0.1',
      userAgent: null,
      origin: null,
    };
    expectTypeOf<Accountability['share']>().toEqualTypeOf<string | undefined>();
    expect(anonymous.policies).toHaveLength(1);
  });
});

describe('EventName', () => {
  it('accepts item, system and extension events', () => {
    const names: EventName[] = [
      'items.create',
      'articles.items.update',
      'users.create',
      'auth.login',
      'my.event',
    ];
    const filter: FilterEventName = 'articles.items.query';
    // @ts-expect-error an event name has at least one dot
    const bad: EventName = 'create';
    expect([...names, filter, bad]).toHaveLength(7);
  });
});
