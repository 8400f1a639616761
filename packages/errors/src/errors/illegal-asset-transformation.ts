import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';

/** Extensions of {@link IllegalAssetTransformationError}. */
export interface IllegalAssetTransformationErrorExtensions {
  /** The parameters that were refused, e.g. `['width']`. */
  invalidTransformations: string[];
}

/** 400: an image transform asked for more than allowed (dimensions above the configured maximum). */
export const IllegalAssetTransformationError = defineError(
  ErrorCode.IllegalAssetTransformation,
  400,
  (_: IllegalAssetTransformationErrorExtensions) => 'Illegal asset transformation.',
);

/** An instance of {@link IllegalAssetTransformationError}. */
export type IllegalAssetTransformationError = InstanceType<typeof IllegalAssetTransformationError>;
