export { createDepthLimitRule } from './create-depth-limit-rule.js';
export { createItemsSchema, type ItemsSchemaOptions } from './create-items-schema.js';
export { createRootFieldLimitRule } from './create-root-field-limit-rule.js';
export { createSchemaCache, type SchemaCache } from './create-schema-cache.js';
export {
  type FormatGraphQLErrorOptions,
  formatGraphQLError,
  type GraphQLErrorEntry,
} from './format-graphql-error.js';
export type { GraphQLContext } from './graphql-context.js';
export { type ReadRules, toSchemaPolicy } from './to-schema-policy.js';
