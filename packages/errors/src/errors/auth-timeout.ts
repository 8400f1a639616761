import { defineError } from '../define-error.js';
import { WebSocketErrorCode } from '../error-code.js';

/**
 * WebSocket only: the access token expired and no new `auth` message came within the timeout. The status is
 * nominal; the socket sends only code and message.
 */
export const AuthTimeoutError = defineError(WebSocketErrorCode.AuthTimeout, 401, 'Authentication timed out.');

/** An instance of {@link AuthTimeoutError}. */
export type AuthTimeoutError = InstanceType<typeof AuthTimeoutError>;
