import { printType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { referenceOverview } from '../test/overview-fixture.js';
import { createItemsSchema } from './create-items-schema.js';
import { createSystemSchema } from './create-system-schema.js';

describe('createSystemSchema', () => {
  const schema = createSystemSchema(referenceOverview());

  it('serves system collections under names without directus_, and no user collections', () => {
    const queries = Object.keys(schema.getQueryType()!.getFields());
    expect(queries).toEqual(
      expect.arrayContaining(['users', 'users_by_id', 'users_aggregated', 'users_me', 'server_ping']),
    );
    expect(queries).not.toContain('articles');
    expect(queries.some((name) => name.startsWith('directus_'))).toBe(false);
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    expect(mutations).toEqual(
      expect.arrayContaining(['create_users_item', 'update_users_batch', 'delete_users_items']),
    );
    expect(String(schema.getQueryType()!.getFields()['users_me']!.type)).toBe('directus_users');
    expect(schema.getSubscriptionType()).toBeUndefined();
  });

  it('leaves out system collections the policy hides', () => {
    const hidden = createSystemSchema(referenceOverview(), { readPolicy: () => null });
    expect(Object.keys(hidden.getQueryType()!.getFields())).toEqual([
      'server_ping',
      'server_info',
      'server_health',
      'server_specs_graphql',
      'server_specs_oas',
    ]);
  });
});

describe('createItemsSchema subscriptions', () => {
  it('has <c>_mutated(event) with { key, event, data } for non-singleton user collections', () => {
    const schema = createItemsSchema(referenceOverview());
    const fields = schema.getSubscriptionType()!.getFields();
    expect(Object.keys(fields)).toContain('articles_mutated');
    expect(Object.keys(fields)).not.toContain('settings_page_mutated');
    expect(fields['articles_mutated']!.args.map((arg) => `${arg.name}: ${arg.type}`)).toEqual([
      'event: EventEnum',
    ]);
    expect(printType(schema.getType('articles_mutated')!)).toBe(
      'type articles_mutated {\n  key: ID!\n  event: EventEnum\n  data: articles\n}',
    );
  });
});
