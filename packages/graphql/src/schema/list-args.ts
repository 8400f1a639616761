import {
  type GraphQLFieldConfigArgumentMap,
  type GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLString,
} from 'graphql';

/** The arguments of a list read, the REST query parameters of the same names. */
export const listArgs = (filter: GraphQLInputObjectType): GraphQLFieldConfigArgumentMap => ({
  filter: { type: filter },
  sort: { type: new GraphQLList(GraphQLString) },
  limit: { type: GraphQLInt },
  offset: { type: GraphQLInt },
  page: { type: GraphQLInt },
  search: { type: GraphQLString },
});
