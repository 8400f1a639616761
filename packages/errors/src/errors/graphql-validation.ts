import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';

/** Extensions of {@link GraphQLValidationError}. */
export interface GraphQLValidationErrorExtensions {
  /** The GraphQL errors, as the GraphQL library formats them (message, locations, ...). */
  errors: unknown[];
}

/** 400: a GraphQL document that does not parse or does not validate against the schema. */
export const GraphQLValidationError = defineError(
  ErrorCode.GraphQLValidation,
  400,
  (_: GraphQLValidationErrorExtensions) => 'GraphQL validation error.',
);

/** An instance of {@link GraphQLValidationError}. */
export type GraphQLValidationError = InstanceType<typeof GraphQLValidationError>;
