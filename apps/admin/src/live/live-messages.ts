/** What a message from `/websocket` means to a live list. */
export type LiveMessage =
  | { kind: 'ping' }
  /** The subscription started (`init`), or a row was created, updated or deleted. */
  | { kind: 'subscription'; event: 'init' | 'create' | 'update' | 'delete' }
  /** The access token the socket was opened with ran out: open a new socket with the refreshed one. */
  | { kind: 'expired' }
  | { kind: 'error'; code: string; message: string }
  | { kind: 'other' };

const EVENTS = new Set(['init', 'create', 'update', 'delete']);

/** Reads one text frame of the realtime protocol (docs/realtime.md); anything unexpected is `other`. */
export function toLiveMessage(text: string, uid: string): LiveMessage {
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    return { kind: 'other' };
  }
  if (!message || typeof message !== 'object') return { kind: 'other' };
  const { type, event, status, error } = message as Record<string, unknown>;
  const messageUid = (message as { uid?: unknown }).uid;
  if (type === 'ping') return { kind: 'ping' };
  if (status === 'error') {
    const { code, message: text } = (error ?? {}) as { code?: unknown; message?: unknown };
    if (code === 'TOKEN_EXPIRED') return { kind: 'expired' };
    return { kind: 'error', code: String(code ?? 'UNKNOWN'), message: String(text ?? '') };
  }
  if (
    type === 'subscription' &&
    String(messageUid) === uid &&
    typeof event === 'string' &&
    EVENTS.has(event)
  ) {
    return { kind: 'subscription', event: event as 'init' };
  }
  return { kind: 'other' };
}

/** The socket URL of the API at `origin` (`http` → `ws`, `https` → `wss`). */
export function toSocketUrl(origin: string, path = '/websocket'): string {
  return `${origin.replace(/^http/, 'ws')}${path}`;
}

/** How long to wait before reconnecting after `attempt` failed tries: 1 s doubling up to 30 s. */
export function toRetryDelay(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempt));
}
