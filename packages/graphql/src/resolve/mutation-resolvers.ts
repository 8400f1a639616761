import { readSingleton, upsertSingleton } from '@plinth/services';
import type { PrimaryKey } from '@plinth/types';
import type { GraphQLFieldResolver, GraphQLObjectType } from 'graphql';
import type { GraphQLContext } from '../graphql-context.js';
import { argsToQuery } from './args-to-query.js';
import type { CollectionServices } from './collection-services.js';
import { selectionToQuery } from './selection-to-query.js';
import { toPlain } from './to-plain.js';

type Resolver = GraphQLFieldResolver<unknown, GraphQLContext, Record<string, unknown>>;

const keysOf = (value: unknown): PrimaryKey[] => (Array.isArray(value) ? value.map(String) : []);
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? (toPlain(value) as unknown[]) : []);

/**
 * The mutations of one collection. Each write runs in one transaction through the collection's services,
 * then the written items are read back with the mutation's selection set (and, for the `_items`
 * and `_batch` forms, its list arguments) in one more statement.
 */
export function mutationResolvers(collection: string, services: CollectionServices, type: GraphQLObjectType) {
  const { createOne, createMany } = services;
  const readOne = (info: Parameters<Resolver>[3]) => ({ ...selectionToQuery(info, type) });
  const readMany = (args: Record<string, unknown>, info: Parameters<Resolver>[3]) => ({
    ...argsToQuery(args),
    ...selectionToQuery(info, type),
  });
  return {
    createItem: (async (_root, args, { ctx }, info) => {
      const key = await createOne!(ctx, toPlain(args['data']));
      return services.readOne(ctx, key, readOne(info));
    }) satisfies Resolver,
    createItems: (async (_root, args, { ctx }, info) => {
      const keys = await createMany!(ctx, listOf(args['data']));
      return services.readByKeys(ctx, keys, readMany(args, info));
    }) satisfies Resolver,
    updateItem: (async (_root, args, { ctx }, info) => {
      const key = await services.updateOne(ctx, String(args['id']), toPlain(args['data']));
      return services.readOne(ctx, key, readOne(info));
    }) satisfies Resolver,
    updateItems: (async (_root, args, { ctx }, info) => {
      const keys = await services.updateMany(ctx, keysOf(args['ids']), toPlain(args['data']));
      return services.readByKeys(ctx, keys, readMany(args, info));
    }) satisfies Resolver,
    updateBatch: (async (_root, args, { ctx }, info) => {
      const keys = await services.updateBatch(ctx, listOf(args['data']));
      return services.readByKeys(ctx, keys, readMany(args, info));
    }) satisfies Resolver,
    updateSingleton: (async (_root, args, { ctx }, info) => {
      await upsertSingleton(ctx, collection, toPlain(args['data']));
      return readSingleton(ctx, collection, readOne(info));
    }) satisfies Resolver,
    deleteItem: (async (_root, args, { ctx }) => {
      await services.deleteOne(ctx, String(args['id']));
      return { id: args['id'] };
    }) satisfies Resolver,
    deleteItems: (async (_root, args, { ctx }) => {
      const ids = keysOf(args['ids']);
      await services.deleteMany(ctx, ids);
      return { ids };
    }) satisfies Resolver,
  };
}
