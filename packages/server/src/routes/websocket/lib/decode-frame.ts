import { ContentTooLargeError } from '@plinth/errors';
import type { RawData } from 'ws';
import { parseSocketMessage, peekUid, type SocketMessage } from './socket-message.js';
import { type ErrorReply, errorReply, toErrorReply } from './to-error-reply.js';

/** A frame read: the message, or the error reply that refuses it. */
export type DecodedFrame = { message: SocketMessage } | { refusal: ErrorReply };

/**
 * Reads one incoming frame. Frames over `maxBytes`, text that is not JSON and JSON that is not a
 * message are refused with a `server` error reply (carrying the frame's `uid` when one can be read).
 */
export function decodeFrame(data: RawData, maxBytes: number): DecodedFrame {
  const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
  const text = bytes.toString('utf8');
  if (bytes.byteLength > maxBytes) {
    return { refusal: toErrorReply('server', new ContentTooLargeError(), peekUid(text)) };
  }
  try {
    const message = parseSocketMessage(text);
    if (message) return { message };
    return { refusal: errorReply('server', 'INVALID_PAYLOAD', 'Unable to parse the incoming message.') };
  } catch (error) {
    return { refusal: toErrorReply('server', error, peekUid(text)) };
  }
}
