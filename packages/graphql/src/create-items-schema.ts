import type { ReadPolicyResolver } from '@plinth/query';
import type { SchemaOverview } from '@plinth/types';
import type { GraphQLSchema } from 'graphql';
import { buildMutationFields } from './schema/build-mutation-fields.js';
import { buildQueryFields } from './schema/build-query-fields.js';
import { buildSubscriptionFields, createEventEnum } from './schema/build-subscription-fields.js';
import { isUserCollection } from './schema/collection-model.js';
import { generateSchema } from './schema/generate-schema.js';

/** Options of {@link createItemsSchema} and `createSystemSchema`. */
export interface ItemsSchemaOptions {
  /**
   * What the caller may read: collections it answers `null` for, and fields outside its `fields`, are
   * left out of the schema (and so of introspection).
   * @default everything
   */
  readPolicy?: ReadPolicyResolver;
}

/**
 * Generates the items-scope GraphQL schema (`/graphql`) of a data model: an object type per
 * collection, filter, aggregate and input types, and for every user collection the queries `<c>`,
 * `<c>_by_id`, `<c>_aggregated`, the create, update and delete mutations and (for all but
 * singletons) the subscription `<c>_mutated`. Every root field resolves through the items services
 * with the `GraphQLContext` of the request.
 */
export function createItemsSchema(overview: SchemaOverview, options: ItemsSchemaOptions = {}): GraphQLSchema {
  return generateSchema(overview, options.readPolicy, (types, roots) => {
    const { models, objects, filters, inputs, deletes } = types;
    const events = createEventEnum();
    for (const model of models.values()) {
      if (!isUserCollection(model)) continue;
      const type = objects.get(model.name)!;
      Object.assign(roots.queries, buildQueryFields(model, type, filters));
      Object.assign(roots.mutations, buildMutationFields(model, type, filters, inputs, deletes));
      if (!model.overview.singleton) {
        Object.assign(roots.subscriptions, buildSubscriptionFields(model, type, events));
      }
    }
  });
}
