import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';

/** Extensions of {@link InvalidQueryError}. */
export interface InvalidQueryErrorExtensions {
  /** Why; becomes the second sentence of the message. */
  reason: string;
}

/** 400: A query parameter that is malformed or not allowed. */
export const InvalidQueryError = defineError(
  ErrorCode.InvalidQuery,
  400,
  ({ reason }: InvalidQueryErrorExtensions) => `Invalid query. ${reason}.`,
);

/** An instance of {@link InvalidQueryError}. */
export type InvalidQueryError = InstanceType<typeof InvalidQueryError>;
