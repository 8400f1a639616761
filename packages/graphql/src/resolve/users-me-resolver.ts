import { readCurrentUser } from '@plinth/services';
import type { GraphQLFieldResolver, GraphQLObjectType } from 'graphql';
import type { GraphQLContext } from '../graphql-context.js';
import { selectionToQuery } from './selection-to-query.js';

/** `users_me`: the caller's own user, read as `GET /users/me` reads it. */
export const resolveUsersMe =
  (type: GraphQLObjectType): GraphQLFieldResolver<unknown, GraphQLContext> =>
  async (_root, _args, { ctx }, info) =>
    readCurrentUser(ctx, { ...selectionToQuery(info, type) });
