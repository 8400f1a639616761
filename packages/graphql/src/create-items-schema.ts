import type { ReadPolicyResolver } from '@plinth/query';
import type { SchemaOverview } from '@plinth/types';
import {
  type GraphQLFieldConfigMap,
  GraphQLID,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
} from 'graphql';
import type { GraphQLContext } from './graphql-context.js';
import { GraphQLVoid } from './lib/scalars.js';
import { buildFilterTypes } from './schema/build-filter-types.js';
import { buildInputTypes } from './schema/build-input-types.js';
import { buildMutationFields, type DeleteTypes } from './schema/build-mutation-fields.js';
import { buildQueryFields } from './schema/build-query-fields.js';
import { buildReadTypes } from './schema/build-read-types.js';
import { describeCollections, isUserCollection } from './schema/collection-model.js';

/** Options of {@link createItemsSchema}. */
export interface ItemsSchemaOptions {
  /**
   * What the caller may read: collections it answers `null` for, and fields outside its `fields`, are
   * left out of the schema (and so of introspection).
   * @default everything
   */
  readPolicy?: ReadPolicyResolver;
}

const deleteTypes = (): DeleteTypes => ({
  one: new GraphQLObjectType({ name: 'delete_one', fields: { id: { type: new GraphQLNonNull(GraphQLID) } } }),
  many: new GraphQLObjectType({
    name: 'delete_many',
    fields: { ids: { type: new GraphQLNonNull(new GraphQLList(GraphQLID)) } },
  }),
});

/**
 * Generates the items-scope GraphQL schema (`/graphql`) of a data model: an object type per
 * collection, filter, aggregate and input types, and for every user collection the queries `<c>`,
 * `<c>_by_id`, `<c>_aggregated` and the create, update and delete mutations. Every root field
 * resolves through the items services with the `GraphQLContext` of the request.
 */
export function createItemsSchema(overview: SchemaOverview, options: ItemsSchemaOptions = {}): GraphQLSchema {
  const models = describeCollections(overview, options.readPolicy);
  const filters = buildFilterTypes(models);
  const objects = buildReadTypes(models, filters);
  const inputs = buildInputTypes(models);
  const deletes = deleteTypes();

  const queries: GraphQLFieldConfigMap<unknown, GraphQLContext> = {};
  const mutations: GraphQLFieldConfigMap<unknown, GraphQLContext> = {};
  for (const model of models.values()) {
    if (!isUserCollection(model)) continue;
    const type = objects.get(model.name)!;
    Object.assign(queries, buildQueryFields(model, type, filters));
    Object.assign(mutations, buildMutationFields(model, type, filters, inputs, deletes));
  }
  if (Object.keys(queries).length === 0) {
    queries['_empty'] = { type: GraphQLVoid, description: 'There is no data to query.' };
  }
  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: queries }),
    ...(Object.keys(mutations).length > 0
      ? { mutation: new GraphQLObjectType({ name: 'Mutation', fields: mutations }) }
      : {}),
  });
}
