import { isPlinthError } from '@plinth/errors';
import type { MessageUid } from './socket-message.js';

/** What the socket sends for a refused or failed message. */
export interface ErrorReply {
  type: string;
  status: 'error';
  error: { code: string; message: string };
  uid?: MessageUid;
}

/** An error reply with a given code and message. */
export function errorReply(type: string, code: string, message: string, uid?: MessageUid): ErrorReply {
  return { type, status: 'error', error: { code, message }, ...(uid === undefined ? {} : { uid }) };
}

/**
 * The reply for what a handler threw: a Plinth error keeps its code and message (the first one of a
 * list of validation errors); anything else is an internal error whose details stay in the log.
 */
export function toErrorReply(type: string, error: unknown, uid?: MessageUid): ErrorReply {
  const known = error instanceof AggregateError ? error.errors.find((entry) => isPlinthError(entry)) : error;
  if (isPlinthError(known)) return errorReply(type, known.code, known.message, uid);
  return errorReply(type, 'INTERNAL_SERVER_ERROR', 'An unexpected error occurred.', uid);
}
