import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';

/** Extensions of {@link ContainsNullValuesError}. */
export interface ContainsNullValuesErrorExtensions {
  collection: string;
  field: string;
}

/** 400: a field cannot be made NOT NULL because some rows hold null in it. */
export const ContainsNullValuesError = defineError(
  ErrorCode.ContainsNullValues,
  400,
  ({ collection, field }: ContainsNullValuesErrorExtensions) =>
    `Field "${field}" in collection "${collection}" contains null values.`,
);

/** An instance of {@link ContainsNullValuesError}. */
export type ContainsNullValuesError = InstanceType<typeof ContainsNullValuesError>;
