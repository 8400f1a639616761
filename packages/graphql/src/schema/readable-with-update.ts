import type { GraphQLInputObjectType, GraphQLObjectType } from 'graphql';
import type { ScopeTypes } from './generate-schema.js';

/** A collection's read type and update input, when the caller's schema has them. */
export function readableWithUpdate(
  types: ScopeTypes,
  collection: string,
): { type: GraphQLObjectType; update: GraphQLInputObjectType } | undefined {
  const type = types.objects.get(collection);
  const update = types.inputs.update.get(collection);
  return type && update ? { type, update } : undefined;
}
