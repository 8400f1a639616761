import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';

/** 401: The client IP is outside every allowed range. Kept for wire parity; IP rules normally just drop policies. */
export const InvalidIpError = defineError(ErrorCode.InvalidIp, 401, 'Invalid IP address.');

/** An instance of {@link InvalidIpError}. */
export type InvalidIpError = InstanceType<typeof InvalidIpError>;
