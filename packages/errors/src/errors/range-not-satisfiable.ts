import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';

/** A byte range as requested; either end may be open. */
export interface ByteRange {
  start?: number;
  end?: number;
}

/** Extensions of {@link RangeNotSatisfiableError}. */
export interface RangeNotSatisfiableErrorExtensions {
  range: ByteRange;
}

/** 416: an asset `Range` header that is malformed or lies outside the file. */
export const RangeNotSatisfiableError = defineError(
  ErrorCode.RangeNotSatisfiable,
  416,
  ({ range }: RangeNotSatisfiableErrorExtensions) =>
    `Range "${range.start ?? ''}-${range.end ?? ''}" is invalid or the file's size doesn't match the requested range.`,
);

/** An instance of {@link RangeNotSatisfiableError}. */
export type RangeNotSatisfiableError = InstanceType<typeof RangeNotSatisfiableError>;
