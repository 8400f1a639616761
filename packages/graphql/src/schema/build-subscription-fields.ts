import {
  GraphQLEnumType,
  type GraphQLFieldConfigMap,
  GraphQLID,
  GraphQLNonNull,
  GraphQLObjectType,
} from 'graphql';
import type { GraphQLContext } from '../graphql-context.js';
import { subscribeMutated } from '../resolve/subscribe-resolver.js';
import type { CollectionModel } from './collection-model.js';

/** The `EventEnum` of Directus: the actions a subscription can be narrowed to. */
export const createEventEnum = (): GraphQLEnumType =>
  new GraphQLEnumType({
    name: 'EventEnum',
    values: { create: { value: 'create' }, update: { value: 'update' }, delete: { value: 'delete' } },
  });

/**
 * `<c>_mutated(event: EventEnum)` for one collection, of type `<c>_mutated { key, event, data }`:
 * `data` is the row as the subscriber reads it (null for deletes).
 */
export function buildSubscriptionFields(
  model: CollectionModel,
  type: GraphQLObjectType,
  events: GraphQLEnumType,
): GraphQLFieldConfigMap<unknown, GraphQLContext> {
  const name = `${model.name}_mutated`;
  const eventType = new GraphQLObjectType({
    name,
    fields: {
      key: { type: new GraphQLNonNull(GraphQLID) },
      event: { type: events },
      data: { type },
    },
  });
  return {
    [name]: {
      type: eventType,
      args: { event: { type: events } },
      subscribe: subscribeMutated(model.name, type),
    },
  };
}
