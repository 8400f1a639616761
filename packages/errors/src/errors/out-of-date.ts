import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';

/** 503: An operation needs a newer Plinth than the one running. */
export const OutOfDateError = defineError(
  ErrorCode.OutOfDate,
  503,
  'Operation could not be executed: this instance is out of date.',
);

/** An instance of {@link OutOfDateError}. */
export type OutOfDateError = InstanceType<typeof OutOfDateError>;
