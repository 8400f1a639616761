import { readSingleton } from '@plinth/services';
import type { GraphQLFieldResolver, GraphQLObjectType } from 'graphql';
import type { GraphQLContext } from '../graphql-context.js';
import { argsToQuery } from './args-to-query.js';
import type { CollectionReads } from './collection-services.js';
import { selectionToQuery } from './selection-to-query.js';

type Resolver = GraphQLFieldResolver<unknown, GraphQLContext, Record<string, unknown>>;

/** `<c>(filter, sort, limit, offset, page, search)`: one list read. */
export const resolveItems =
  (services: CollectionReads, type: GraphQLObjectType): Resolver =>
  async (_root, args, { ctx }, info) => {
    const query = { ...argsToQuery(args), ...selectionToQuery(info, type) };
    return (await services.readMany(ctx, query)).data;
  };

/** `<c>_by_id(id)`: one read by key; a missing item is the generic FORBIDDEN, as in REST. */
export const resolveItemById =
  (services: CollectionReads, type: GraphQLObjectType): Resolver =>
  async (_root, args, { ctx }, info) =>
    services.readOne(ctx, String(args['id']), { ...selectionToQuery(info, type) });

/** `<singleton>`: the singleton's object. */
export const resolveSingleton =
  (collection: string, type: GraphQLObjectType): Resolver =>
  async (_root, _args, { ctx }, info) =>
    readSingleton(ctx, collection, { ...selectionToQuery(info, type) });
