import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';

/** Extensions of {@link InvalidPathParameterError}. */
export interface InvalidPathParameterErrorExtensions {
  /** Why; becomes the second sentence of the message. */
  reason: string;
}

/** 400: A path parameter that is not acceptable (for example a reserved collection name). */
export const InvalidPathParameterError = defineError(
  ErrorCode.InvalidPathParameter,
  400,
  ({ reason }: InvalidPathParameterErrorExtensions) => `Invalid path parameter. ${reason}.`,
);

/** An instance of {@link InvalidPathParameterError}. */
export type InvalidPathParameterError = InstanceType<typeof InvalidPathParameterError>;
