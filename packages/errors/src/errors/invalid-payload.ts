import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';

/** Extensions of {@link InvalidPayloadError}. */
export interface InvalidPayloadErrorExtensions {
  /** Why; becomes the second sentence of the message. */
  reason: string;
}

/** 400: A request body that cannot be parsed or does not have the required shape. */
export const InvalidPayloadError = defineError(
  ErrorCode.InvalidPayload,
  400,
  ({ reason }: InvalidPayloadErrorExtensions) => `Invalid payload. ${reason}.`,
);

/** An instance of {@link InvalidPayloadError}. */
export type InvalidPayloadError = InstanceType<typeof InvalidPayloadError>;
