import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';

/** 401: Two-factor auth is on and the one-time password is missing or wrong. */
export const InvalidOtpError = defineError(ErrorCode.InvalidOtp, 401, 'Invalid user OTP.');

/** An instance of {@link InvalidOtpError}. */
export type InvalidOtpError = InstanceType<typeof InvalidOtpError>;
