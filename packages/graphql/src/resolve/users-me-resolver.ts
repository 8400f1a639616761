import { readCurrentUser, updateCurrentUser } from '@plinth/services';
import type { GraphQLFieldResolver, GraphQLObjectType } from 'graphql';
import type { GraphQLContext } from '../graphql-context.js';
import { authContextOf } from './auth-resolvers.js';
import { selectionToQuery } from './selection-to-query.js';
import { toPlain } from './to-plain.js';

/** `users_me`: the caller's own user, read as `GET /users/me` reads it. */
export const resolveUsersMe =
  (type: GraphQLObjectType): GraphQLFieldResolver<unknown, GraphQLContext> =>
  async (_root, _args, { ctx }, info) =>
    readCurrentUser(ctx, { ...selectionToQuery(info, type) });

/** `update_users_me(data)`: the caller changes their own profile as `PATCH /users/me` does, then reads it. */
export const resolveUpdateUsersMe =
  (type: GraphQLObjectType): GraphQLFieldResolver<unknown, GraphQLContext, Record<string, unknown>> =>
  async (_root, args, context, info) =>
    updateCurrentUser(authContextOf(context), toPlain(args['data'] ?? {}), {
      ...selectionToQuery(info, type),
    });
