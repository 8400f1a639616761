import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';

/** 500: Something failed that has no code of its own. Also what unknown errors become on the wire. */
export const InternalServerError = defineError(
  ErrorCode.InternalServerError,
  500,
  'An unexpected error occurred.',
);

/** An instance of {@link InternalServerError}. */
export type InternalServerError = InstanceType<typeof InternalServerError>;
