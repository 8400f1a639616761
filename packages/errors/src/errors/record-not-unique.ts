import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';
import { describeColumn, describeValue } from '../lib/describe-column.js';

/** Extensions of {@link RecordNotUniqueError}. */
export interface RecordNotUniqueErrorExtensions {
  collection: string | null;
  field: string | null;
  /** The duplicated value, as the database reported it. */
  value: string | number | null;
  /** The duplicate is on the primary key. */
  primaryKey?: boolean;
}

/** 400: a unique constraint (or primary key) was violated, including a second user with the same email. */
export const RecordNotUniqueError = defineError(
  ErrorCode.RecordNotUnique,
  400,
  (ext: RecordNotUniqueErrorExtensions) =>
    `Value${describeValue(ext.value)}${describeColumn(ext)} has to be unique.`,
);

/** An instance of {@link RecordNotUniqueError}. */
export type RecordNotUniqueError = InstanceType<typeof RecordNotUniqueError>;
