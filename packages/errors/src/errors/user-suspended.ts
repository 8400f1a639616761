import { defineError } from '../define-error.js';
import { ErrorCode } from '../error-code.js';

/** 401: A suspended user tried to refresh a session. */
export const UserSuspendedError = defineError(ErrorCode.UserSuspended, 401, 'User suspended.');

/** An instance of {@link UserSuspendedError}. */
export type UserSuspendedError = InstanceType<typeof UserSuspendedError>;
