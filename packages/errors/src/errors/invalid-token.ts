import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';

/** 403: A Plinth-issued JWT whose signature or claims do not check out. */
export const InvalidTokenError = defineError(ErrorCode.InvalidToken, 403, 'Invalid token.');

/** An instance of {@link InvalidTokenError}. */
export type InvalidTokenError = InstanceType<typeof InvalidTokenError>;
