import { defineError } from '../define-error.js';
import { WebSocketErrorCode } from '../error-code.js';

/** Extensions of {@link AuthFailedError}. */
export interface AuthFailedErrorExtensions {
  /** The failure happened in the opening handshake (no auth message, or a bad one, before the timeout). */
  handshake?: boolean;
}

/**
 * WebSocket only: an `auth` message was refused, or the handshake never authenticated. The status is nominal;
 * the socket sends only code and message.
 */
export const AuthFailedError = defineError(
  WebSocketErrorCode.AuthFailed,
  401,
  ({ handshake }: AuthFailedErrorExtensions) =>
    handshake ? 'Authentication handshake failed.' : 'Authentication failed.',
);

/** An instance of {@link AuthFailedError}. */
export type AuthFailedError = InstanceType<typeof AuthFailedError>;
