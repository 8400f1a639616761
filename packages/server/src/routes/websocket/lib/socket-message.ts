import { InvalidPayloadError } from '@plinth/errors';
import type { PrimaryKey } from '@plinth/types';

/** The `uid` a client may put on any message; replies echo it. */
export type MessageUid = string | number;

/** Something a client sent: a JSON object with a lower-cased `type` and an optional `uid`. */
export interface SocketMessage {
  type: string;
  uid?: MessageUid;
  [field: string]: unknown;
}

/** Whether a value is a plain JSON object. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a value can be a primary key on the wire. */
export const isPrimaryKey = (value: unknown): value is PrimaryKey =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

/**
 * Reads one text frame into a {@link SocketMessage}, or null when it is not JSON at all. The type is
 * matched case-insensitively (clients send `SUBSCRIBE` as well as `subscribe`), so it is lower-cased
 * here once.
 *
 * @throws INVALID_PAYLOAD when the JSON is not an object with a string `type`, or `uid` is neither a
 * string nor a number.
 */
export function parseSocketMessage(text: string): SocketMessage | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(parsed)) throw new InvalidPayloadError({ reason: 'A message has to be a JSON object' });
  const { type, uid } = parsed;
  if (typeof type !== 'string' || type.trim() === '') {
    throw new InvalidPayloadError({ reason: 'A message needs a string "type"' });
  }
  if (uid !== undefined && !isPrimaryKey(uid)) {
    throw new InvalidPayloadError({ reason: '"uid" has to be a string or a number' });
  }
  return { ...parsed, type: type.trim().toLowerCase() } as SocketMessage;
}

/** The `uid` of a parsed-or-not message, when it has a usable one: replies to bad messages still carry it. */
export function peekUid(text: string): MessageUid | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return isRecord(parsed) && isPrimaryKey(parsed['uid']) ? parsed['uid'] : undefined;
  } catch {
    return undefined;
  }
}
