import {
  type GraphQLFieldConfigMap,
  GraphQLID,
  GraphQLList,
  GraphQLNonNull,
  type GraphQLObjectType,
  GraphQLString,
} from 'graphql';
import type { GraphQLContext } from '../graphql-context.js';
import { resolveAggregated } from '../resolve/aggregate-resolver.js';
import { type CollectionReads, itemsServices } from '../resolve/collection-services.js';
import { resolveItemById, resolveItems, resolveSingleton } from '../resolve/read-resolvers.js';
import { buildAggregateType } from './build-aggregate-types.js';
import type { FilterTypes } from './build-filter-types.js';
import type { CollectionModel } from './collection-model.js';
import { listArgs } from './list-args.js';

type Fields = GraphQLFieldConfigMap<unknown, GraphQLContext>;

/**
 * The query fields of one collection: `<c>` (a list, or the singleton's object), `<c>_by_id` and
 * `<c>_aggregated`, each resolved by one read of `services`. `<c>` is `rootName`: the collection's
 * name, or in the system scope its name without `directus_`.
 */
export function buildQueryFields(
  model: CollectionModel,
  type: GraphQLObjectType,
  filters: FilterTypes,
  rootName = model.name,
  services: CollectionReads = itemsServices(model.name),
): Fields {
  const name = rootName;
  if (model.overview.singleton) {
    return {
      [name]: {
        type,
        args: { version: { type: GraphQLString } },
        resolve: resolveSingleton(model.name, type),
      },
    };
  }
  const filter = filters.filters.get(model.name)!;
  const aggregateType = buildAggregateType(model);
  return {
    [name]: {
      type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(type))),
      args: listArgs(filter),
      resolve: resolveItems(services, type),
    },
    [`${name}_by_id`]: {
      type,
      args: { id: { type: new GraphQLNonNull(GraphQLID) }, version: { type: GraphQLString } },
      resolve: resolveItemById(services, type),
    },
    [`${name}_aggregated`]: {
      type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(aggregateType))),
      args: { groupBy: { type: new GraphQLList(GraphQLString) }, ...listArgs(filter) },
      resolve: resolveAggregated(services),
    },
  };
}
