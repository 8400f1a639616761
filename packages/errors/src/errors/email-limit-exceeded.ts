import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';
import { formatDuration } from '../lib/format-duration.js';

/** Extensions of {@link EmailLimitExceededError}. */
export interface EmailLimitExceededErrorExtensions {
  /** Emails allowed per window. */
  points?: number;
  /** The window, in milliseconds. */
  duration?: number;
  /** A message that replaces the generated one. */
  message?: string;
}

/** 429: the email rate limiter refused to send (password resets, invites, ...). */
export const EmailLimitExceededError = defineError(
  ErrorCode.EmailLimitExceeded,
  429,
  ({ points, duration, message }: EmailLimitExceededErrorExtensions) => {
    if (message) return message;
    if (points === undefined || duration === undefined) return 'Email sending limit exceeded.';
    return `Email sending limit exceeded. Limit ${points} mails per ${formatDuration(duration, 'long')}.`;
  },
);

/** An instance of {@link EmailLimitExceededError}. */
export type EmailLimitExceededError = InstanceType<typeof EmailLimitExceededError>;
