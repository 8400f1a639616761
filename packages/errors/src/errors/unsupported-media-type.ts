import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';

/** Extensions of {@link UnsupportedMediaTypeError}. */
export interface UnsupportedMediaTypeErrorExtensions {
  /** The media type received. */
  mediaType: string;
  /** Where it was received, e.g. `"Content-Type" header`. */
  where: string;
}

/** 415: an endpoint that takes JSON or multipart received something else. */
export const UnsupportedMediaTypeError = defineError(
  ErrorCode.UnsupportedMediaType,
  415,
  ({ mediaType, where }: UnsupportedMediaTypeErrorExtensions) =>
    `Unsupported media type "${mediaType}" in ${where}.`,
);

/** An instance of {@link UnsupportedMediaTypeError}. */
export type UnsupportedMediaTypeError = InstanceType<typeof UnsupportedMediaTypeError>;
