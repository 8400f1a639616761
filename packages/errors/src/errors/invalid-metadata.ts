import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';

/** 400: A resumable (tus) upload whose `Upload-Metadata` header cannot be parsed. */
export const InvalidMetadataError = defineError(ErrorCode.InvalidMetadata, 400, 'Invalid upload metadata.');

/** An instance of {@link InvalidMetadataError}. */
export type InvalidMetadataError = InstanceType<typeof InvalidMetadataError>;
