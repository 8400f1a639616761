import {
  type GraphQLFieldConfigMap,
  GraphQLID,
  type GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  type GraphQLObjectType,
} from 'graphql';
import type { GraphQLContext } from '../graphql-context.js';
import { type CollectionReads, isWritable, itemsServices } from '../resolve/collection-services.js';
import { mutationResolvers } from '../resolve/mutation-resolvers.js';
import type { FilterTypes } from './build-filter-types.js';
import type { InputTypes } from './build-input-types.js';
import type { CollectionModel } from './collection-model.js';
import { listArgs } from './list-args.js';

type Fields = GraphQLFieldConfigMap<unknown, GraphQLContext>;

/** The result types of deletes, shared by every collection. */
export interface DeleteTypes {
  one: GraphQLObjectType;
  many: GraphQLObjectType;
}

const required = (type: GraphQLInputObjectType) => new GraphQLNonNull(type);
const requiredList = (type: GraphQLInputObjectType) => new GraphQLList(new GraphQLNonNull(type));

/**
 * The mutations of one collection: `create_<c>_item(s)` (when `services` can create),
 * `update_<c>_item(s)`, `update_<c>_batch` and `delete_<c>_item(s)`, or `update_<c>` for a singleton;
 * none when `services` only read.
 * `<c>` is `rootName`: the collection's name, or in the system scope its name without `directus_`.
 */
export function buildMutationFields(
  model: CollectionModel,
  type: GraphQLObjectType,
  filters: FilterTypes,
  inputs: InputTypes,
  deletes: DeleteTypes,
  rootName = model.name,
  services: CollectionReads = itemsServices(model.name),
): Fields {
  if (!isWritable(services)) return {};
  const name = rootName;
  const resolvers = mutationResolvers(model.name, services, type);
  const create = inputs.create.get(model.name)!;
  const update = inputs.update.get(model.name)!;
  if (model.overview.singleton) {
    return {
      [`update_${name}`]: {
        type,
        args: { data: { type: required(update) } },
        resolve: resolvers.updateSingleton,
      },
    };
  }
  const list = new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(type)));
  const readArgs = listArgs(filters.filters.get(model.name)!);
  const ids = { type: new GraphQLNonNull(new GraphQLList(GraphQLID)) };
  const id = { type: new GraphQLNonNull(GraphQLID) };
  const creates: Fields = {
    [`create_${name}_items`]: {
      type: list,
      args: { ...readArgs, data: { type: requiredList(create) } },
      resolve: resolvers.createItems,
    },
    [`create_${name}_item`]: {
      type,
      args: { data: { type: required(create) } },
      resolve: resolvers.createItem,
    },
  };
  return {
    ...(services.createOne ? creates : {}),
    [`update_${name}_items`]: {
      type: list,
      args: { ...readArgs, ids, data: { type: required(update) } },
      resolve: resolvers.updateItems,
    },
    [`update_${name}_batch`]: {
      type: list,
      args: { ...readArgs, data: { type: requiredList(update) } },
      resolve: resolvers.updateBatch,
    },
    [`update_${name}_item`]: {
      type,
      args: { id, data: { type: required(update) } },
      resolve: resolvers.updateItem,
    },
    [`delete_${name}_items`]: { type: deletes.many, args: { ids }, resolve: resolvers.deleteItems },
    [`delete_${name}_item`]: { type: deletes.one, args: { id }, resolve: resolvers.deleteItem },
  };
}
