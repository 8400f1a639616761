import { printType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { referenceOverview } from '../../test/overview-fixture.js';
import { createSystemSchema } from '../create-system-schema.js';

const signature = (
  schema: ReturnType<typeof createSystemSchema>,
  root: 'query' | 'mutation',
  name: string,
) => {
  const type = root === 'query' ? schema.getQueryType() : schema.getMutationType();
  const field = type!.getFields()[name]!;
  return `${name}(${field.args.map((arg) => `${arg.name}: ${arg.type}`).join(', ')}): ${field.type}`;
};

describe('system scope: data model, server, auth and settings fields', () => {
  const schema = createSystemSchema(referenceOverview());

  it('has the data model queries with the reference signatures', () => {
    expect(signature(schema, 'query', 'collections')).toBe('collections(): [directus_collections!]!');
    expect(signature(schema, 'query', 'collections_by_name')).toBe(
      'collections_by_name(name: String!): directus_collections',
    );
    expect(signature(schema, 'query', 'fields_by_name')).toBe(
      'fields_by_name(collection: String!, field: String!): directus_fields',
    );
    expect(signature(schema, 'query', 'relations_in_collection')).toBe(
      'relations_in_collection(collection: String!): [directus_relations!]!',
    );
  });

  it('has the admin writes with write_ types and delete results', () => {
    expect(signature(schema, 'mutation', 'create_collections_item')).toBe(
      'create_collections_item(data: write_directus_collections_input!, concurrentIndexCreation: Boolean): write_directus_collections',
    );
    expect(signature(schema, 'mutation', 'delete_fields_item')).toBe(
      'delete_fields_item(collection: String!, field: String!): delete_field',
    );
    expect(signature(schema, 'mutation', 'update_relations_item')).toBe(
      'update_relations_item(collection: String!, field: String!, data: write_directus_relations_input!): write_directus_relations',
    );
    expect(printType(schema.getType('write_directus_collections_input')!)).toContain(
      'fields: [write_directus_fields_input!]',
    );
    expect(printType(schema.getType('directus_relations_schema')!)).toContain('on_delete: String!');
  });

  it('has the auth, account, server and settings fields', () => {
    expect(signature(schema, 'mutation', 'auth_login')).toBe(
      'auth_login(email: String!, password: String!, mode: auth_mode, otp: String): auth_tokens',
    );
    expect(signature(schema, 'mutation', 'auth_refresh')).toBe(
      'auth_refresh(refresh_token: String, mode: auth_mode): auth_tokens',
    );
    expect(signature(schema, 'mutation', 'users_me_tfa_enable')).toBe(
      'users_me_tfa_enable(otp: String!, secret: String!): Boolean',
    );
    expect(signature(schema, 'mutation', 'update_users_me')).toBe(
      'update_users_me(data: update_directus_users_input): directus_users',
    );
    expect(signature(schema, 'query', 'server_specs_graphql')).toBe(
      'server_specs_graphql(scope: graphql_sdl_scope): String',
    );
    const queries = Object.keys(schema.getQueryType()!.getFields());
    expect(queries).toEqual(expect.arrayContaining(['server_info', 'server_health']));
  });

  it('leaves out the data model reads a caller may not read, and the types they would need', () => {
    const limited = createSystemSchema(referenceOverview(), {
      readPolicy: (collection) => (collection === 'directus_fields' ? { fields: '*' } : null),
    });
    const queries = Object.keys(limited.getQueryType()!.getFields());
    expect(queries).toContain('fields');
    expect(queries).not.toContain('collections');
    expect(queries).not.toContain('relations');
    expect(queries).not.toContain('settings');
  });
});
