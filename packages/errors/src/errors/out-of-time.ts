import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';
import { formatDuration } from '../lib/format-duration.js';

/** Extensions of {@link OutOfTimeError}. */
export interface OutOfTimeErrorExtensions {
  /** What timed out, capitalised, e.g. `Import`. */
  category: string;
  /** The limit that was hit, in milliseconds. */
  duration: number;
}

/** 408: a long operation (an import, for example) ran past its time limit. */
export const OutOfTimeError = defineError(
  ErrorCode.OutOfTime,
  408,
  ({ category, duration }: OutOfTimeErrorExtensions) =>
    `${category} timed out after ${formatDuration(duration, 'long')}.`,
);

/** An instance of {@link OutOfTimeError}. */
export type OutOfTimeError = InstanceType<typeof OutOfTimeError>;
