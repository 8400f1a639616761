import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';

/** 403: Login through an auth provider that is not configured. */
export const InvalidProviderError = defineError(ErrorCode.InvalidProvider, 403, 'Invalid provider.');

/** An instance of {@link InvalidProviderError}. */
export type InvalidProviderError = InstanceType<typeof InvalidProviderError>;
