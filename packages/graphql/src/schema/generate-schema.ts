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
import type { GraphQLContext } from '../graphql-context.js';
import { GraphQLVoid } from '../lib/scalars.js';
import { buildFilterTypes, type FilterTypes } from './build-filter-types.js';
import { buildInputTypes, type InputTypes } from './build-input-types.js';
import type { DeleteTypes } from './build-mutation-fields.js';
import { buildReadTypes } from './build-read-types.js';
import { type CollectionModel, describeCollections } from './collection-model.js';

/** The root fields of a schema, filled in by a scope. */
export interface RootFields {
  queries: GraphQLFieldConfigMap<unknown, GraphQLContext>;
  mutations: GraphQLFieldConfigMap<unknown, GraphQLContext>;
  subscriptions: GraphQLFieldConfigMap<unknown, GraphQLContext>;
}

/** The types every scope builds on: one per collection, filters, inputs and delete results. */
export interface ScopeTypes {
  models: Map<string, CollectionModel>;
  objects: Map<string, GraphQLObjectType>;
  filters: FilterTypes;
  inputs: InputTypes;
  deletes: DeleteTypes;
}

const deleteTypes = (): DeleteTypes => ({
  one: new GraphQLObjectType({ name: 'delete_one', fields: { id: { type: new GraphQLNonNull(GraphQLID) } } }),
  many: new GraphQLObjectType({
    name: 'delete_many',
    fields: { ids: { type: new GraphQLNonNull(new GraphQLList(GraphQLID)) } },
  }),
});

/**
 * Builds the types of what `readPolicy` lets the caller see, lets `addRoots` add a scope's root fields
 * and assembles the schema; a Query with nothing in it gets the single `_empty: Void`.
 */
export function generateSchema(
  overview: SchemaOverview,
  readPolicy: ReadPolicyResolver | undefined,
  addRoots: (types: ScopeTypes, roots: RootFields) => void,
): GraphQLSchema {
  const models = describeCollections(overview, readPolicy);
  const filters = buildFilterTypes(models);
  const types: ScopeTypes = {
    models,
    filters,
    objects: buildReadTypes(models, filters),
    inputs: buildInputTypes(models),
    deletes: deleteTypes(),
  };
  const roots: RootFields = { queries: {}, mutations: {}, subscriptions: {} };
  addRoots(types, roots);
  const { queries, mutations, subscriptions } = roots;
  if (Object.keys(queries).length === 0) {
    queries['_empty'] = { type: GraphQLVoid, description: 'There is no data to query.' };
  }
  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: queries }),
    ...(Object.keys(mutations).length > 0
      ? { mutation: new GraphQLObjectType({ name: 'Mutation', fields: mutations }) }
      : {}),
    ...(Object.keys(subscriptions).length > 0
      ? { subscription: new GraphQLObjectType({ name: 'Subscription', fields: subscriptions }) }
      : {}),
  });
}
