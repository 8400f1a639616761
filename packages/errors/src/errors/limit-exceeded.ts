import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';

/** Extensions of {@link LimitExceededError}. */
export interface LimitExceededErrorExtensions {
  /** Which limit, e.g. `USERS_ADMIN_ACCESS_LIMIT`; it leads the message. */
  category: string;
}

/** 403: a configured count limit (users, admins, ...) would be exceeded. */
export const LimitExceededError = defineError(
  ErrorCode.LimitExceeded,
  403,
  ({ category }: LimitExceededErrorExtensions) => `${category} limit exceeded.`,
);

/** An instance of {@link LimitExceededError}. */
export type LimitExceededError = InstanceType<typeof LimitExceededError>;
