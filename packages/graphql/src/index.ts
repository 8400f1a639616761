export { createDepthLimitRule } from './create-depth-limit-rule.js';
export { createItemsSchema, type ItemsSchemaOptions } from './create-items-schema.js';
export { createRootFieldLimitRule } from './create-root-field-limit-rule.js';
export { createSchemaCache, type SchemaCache, type SchemaGenerator } from './create-schema-cache.js';
export { createSystemSchema } from './create-system-schema.js';
export {
  type FormatGraphQLErrorOptions,
  formatGraphQLError,
  type GraphQLErrorEntry,
} from './format-graphql-error.js';
export type { GraphQLContext, ItemChange, LiveSource } from './graphql-context.js';
export { NoSubscriptionRule } from './no-subscription-rule.js';
export type { MutationEvent } from './resolve/subscribe-resolver.js';
export type { AuthTokensPayload, GraphQLScope, SystemBridge } from './system-bridge.js';
export { type ReadRules, toSchemaPolicy } from './to-schema-policy.js';
