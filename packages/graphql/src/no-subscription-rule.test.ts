import { GraphQLObjectType, GraphQLSchema, GraphQLString, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { NoSubscriptionRule } from './no-subscription-rule.js';

const root = (name: string) => new GraphQLObjectType({ name, fields: { ping: { type: GraphQLString } } });
const schema = new GraphQLSchema({ query: root('Query'), subscription: root('Subscription') });

describe('NoSubscriptionRule', () => {
  it('refuses subscription operations and lets queries through', () => {
    expect(
      validate(schema, parse('subscription { ping }'), [NoSubscriptionRule]).map((e) => e.message),
    ).toEqual(['Subscriptions are served over the GraphQL WebSocket (graphql-ws).']);
    expect(validate(schema, parse('{ ping }'), [NoSubscriptionRule])).toEqual([]);
  });
});
