import { defineError } from '../define-error.js';
import { WebSocketErrorCode } from '../error-code.js';

/**
 * WebSocket only: an `items` or `subscribe` message named a collection that does not exist, cannot be read,
 * or is a system collection where those are refused. The status is nominal; the socket sends only code and
 * message.
 */
export const InvalidCollectionError = defineError(
  WebSocketErrorCode.InvalidCollection,
  403,
  // The grammar slip is the wire text clients already match on.
  'The provided collection does not exists or is not accessible.',
);

/** An instance of {@link InvalidCollectionError}. */
export type InvalidCollectionError = InstanceType<typeof InvalidCollectionError>;
