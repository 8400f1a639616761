import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';

/** Extensions of {@link UnprocessableContentError}. */
export interface UnprocessableContentErrorExtensions {
  /** Why; becomes the second sentence of the message. */
  reason: string;
}

/** 422: Well-formed content that cannot be processed as asked. */
export const UnprocessableContentError = defineError(
  ErrorCode.UnprocessableContent,
  422,
  ({ reason }: UnprocessableContentErrorExtensions) => `Can't process content. ${reason}.`,
);

/** An instance of {@link UnprocessableContentError}. */
export type UnprocessableContentError = InstanceType<typeof UnprocessableContentError>;
