import { toLiveMessage, toRetryDelay, toSocketUrl } from './live-messages.js';

/** Whether a live list is hearing about changes: `off` when the server has no sockets for it. */
export type LiveStatus = 'off' | 'connecting' | 'live';

/** What {@link openLiveSubscription} follows and whom it tells. */
export interface LiveSubscriptionOptions {
  collection: string;
  /** The fields each event reads back; the list only needs to know that something changed. */
  fields: string[];
  /** A row was created, updated or deleted, or the socket came back after missing events. */
  onChange: () => void;
  onStatus: (status: LiveStatus) => void;
}

const UID = 'live-list';

/**
 * Subscribes to a collection over `/websocket` and reconnects when the socket drops. The session
 * cookie authenticates the upgrade, so no token passes through scripts; when that token expires the
 * server says `TOKEN_EXPIRED` and a new socket is opened with the cookie the app has refreshed by
 * then. Returns the function that stops it.
 */
export function openLiveSubscription({
  collection,
  fields,
  onChange,
  onStatus,
}: LiveSubscriptionOptions): () => void {
  let socket: WebSocket | null = null;
  let stopped = false;
  let attempt = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let initialised = false;

  const connect = () => {
    onStatus('connecting');
    const current = new WebSocket(toSocketUrl(window.location.origin));
    socket = current;
    current.addEventListener('open', () => {
      if (stopped) return current.close();
      current.send(JSON.stringify({ type: 'subscribe', collection, query: { fields }, uid: UID }));
    });
    current.addEventListener('message', (event) => {
      if (typeof event.data !== 'string') return;
      const message = toLiveMessage(event.data, UID);
      if (message.kind === 'ping') current.send(JSON.stringify({ type: 'pong' }));
      else if (message.kind === 'expired') current.close();
      else if (message.kind === 'error') {
        // Refused (no read permission, unknown collection): the list still works, just not live.
        stopped = true;
        onStatus('off');
        current.close();
      } else if (message.kind === 'subscription') {
        if (message.event !== 'init' || initialised) onChange();
        if (message.event === 'init') {
          initialised = true;
          attempt = 0;
          onStatus('live');
        }
      }
    });
    current.addEventListener('close', () => {
      if (stopped || socket !== current) return;
      onStatus('connecting');
      retry = setTimeout(connect, toRetryDelay(attempt));
      attempt += 1;
    });
  };

  connect();
  return () => {
    stopped = true;
    clearTimeout(retry);
    // Closing a socket still connecting makes the browser log an error; it closes itself on open.
    if (socket?.readyState === WebSocket.OPEN) socket.close();
  };
}
