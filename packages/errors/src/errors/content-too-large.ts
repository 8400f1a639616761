import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';

/** 413: An upload above the configured maximum size. */
export const ContentTooLargeError = defineError(
  ErrorCode.ContentTooLarge,
  413,
  'Uploaded content is too large.',
);

/** An instance of {@link ContentTooLargeError}. */
export type ContentTooLargeError = InstanceType<typeof ContentTooLargeError>;
