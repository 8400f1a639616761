import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';

/** Extensions of {@link GraphQLExecutionError}. */
export interface GraphQLExecutionErrorExtensions {
  /** The GraphQL errors, as the GraphQL library formats them (message, locations, ...). */
  errors: unknown[];
}

/**
 * 400: executing a GraphQL document failed as a whole. Ordinary resolver errors are answered inside a 200
 * GraphQL response instead.
 */
export const GraphQLExecutionError = defineError(
  ErrorCode.GraphQLExecution,
  400,
  (_: GraphQLExecutionErrorExtensions) => 'GraphQL execution error.',
);

/** An instance of {@link GraphQLExecutionError}. */
export type GraphQLExecutionError = InstanceType<typeof GraphQLExecutionError>;
