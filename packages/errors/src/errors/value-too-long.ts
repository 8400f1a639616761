import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';
import { describeColumn, describeValue } from '../lib/describe-column.js';

/** Extensions of {@link ValueTooLongError}. */
export interface ValueTooLongErrorExtensions {
  collection: string | null;
  field: string | null;
  value: string | null;
}

/** 400: a value longer than its column allows. */
export const ValueTooLongError = defineError(
  ErrorCode.ValueTooLong,
  400,
  (ext: ValueTooLongErrorExtensions) => `Value${describeValue(ext.value)}${describeColumn(ext)} is too long.`,
);

/** An instance of {@link ValueTooLongError}. */
export type ValueTooLongError = InstanceType<typeof ValueTooLongError>;
