import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';
import { describeColumn, describeValue } from '../lib/describe-column.js';

/** Extensions of {@link ValueOutOfRangeError}. */
export interface ValueOutOfRangeErrorExtensions {
  collection: string | null;
  field: string | null;
  value: string | number | null;
}

/** 400: a number outside what its column can store. */
export const ValueOutOfRangeError = defineError(
  ErrorCode.ValueOutOfRange,
  400,
  (ext: ValueOutOfRangeErrorExtensions) =>
    `Numeric value${describeValue(ext.value)}${describeColumn(ext)} is out of range.`,
);

/** An instance of {@link ValueOutOfRangeError}. */
export type ValueOutOfRangeError = InstanceType<typeof ValueOutOfRangeError>;
