import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';
import { describeColumn, describeValue } from '../lib/describe-column.js';

/** Extensions of {@link InvalidForeignKeyError}. */
export interface InvalidForeignKeyErrorExtensions {
  collection: string | null;
  field: string | null;
  /** The key that points at nothing. */
  value: string | number | null;
}

/** 400: a foreign key that references no row (or a delete that would orphan rows). */
export const InvalidForeignKeyError = defineError(
  ErrorCode.InvalidForeignKey,
  400,
  (ext: InvalidForeignKeyErrorExtensions) =>
    `Invalid foreign key${describeValue(ext.value)}${describeColumn(ext)}.`,
);

/** An instance of {@link InvalidForeignKeyError}. */
export type InvalidForeignKeyError = InstanceType<typeof InvalidForeignKeyError>;
