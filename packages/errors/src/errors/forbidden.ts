import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';

/** Extensions of {@link ForbiddenError}. */
export interface ForbiddenErrorExtensions {
  /**
   * A specific explanation that replaces the generic message, e.g. which collection or field was refused.
   * Leave it out where naming the thing would reveal that it exists.
   */
  reason?: string;
}

/**
 * 403: no permission, and equally "does not exist" (collections, items, fields, malformed keys), so a caller
 * cannot probe for what exists.
 */
export const ForbiddenError = defineError(
  ErrorCode.Forbidden,
  403,
  ({ reason }: ForbiddenErrorExtensions) => reason ?? "You don't have permission to access this.",
);

/** An instance of {@link ForbiddenError}. */
export type ForbiddenError = InstanceType<typeof ForbiddenError>;
