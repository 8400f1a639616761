import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';
import { formatDuration } from '../lib/format-duration.js';

/** Extensions of {@link RequestsExceededError}. */
export interface RequestsExceededErrorExtensions {
  /** Requests allowed per window. */
  limit: number;
  /** When the window resets; sent as an ISO date and turned into `Retry-After`. */
  reset: Date;
}

/** 429: the rate limiter refused the request. */
export const RequestsExceededError = defineError(
  ErrorCode.RequestsExceeded,
  429,
  ({ reset }: RequestsExceededErrorExtensions) =>
    `Too many requests, retry after ${formatDuration(Math.max(0, reset.getTime() - Date.now()))}.`,
);

/** An instance of {@link RequestsExceededError}. */
export type RequestsExceededError = InstanceType<typeof RequestsExceededError>;
