import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';
import { describeColumn } from '../lib/describe-column.js';

/** Extensions of {@link NotNullViolationError}. */
export interface NotNullViolationErrorExtensions {
  collection: string | null;
  field: string | null;
}

/** 400: the database refused a null in a NOT NULL column. */
export const NotNullViolationError = defineError(
  ErrorCode.NotNullViolation,
  400,
  (ext: NotNullViolationErrorExtensions) => `Value${describeColumn(ext)} can't be null.`,
);

/** An instance of {@link NotNullViolationError}. */
export type NotNullViolationError = InstanceType<typeof NotNullViolationError>;
