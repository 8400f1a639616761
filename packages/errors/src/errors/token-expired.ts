import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';

/** 401: A Plinth-issued JWT past its expiry. */
export const TokenExpiredError = defineError(ErrorCode.TokenExpired, 401, 'Token expired.');

/** An instance of {@link TokenExpiredError}. */
export type TokenExpiredError = InstanceType<typeof TokenExpiredError>;
