import type { ServiceContext } from '@plinth/services';
import type { Accountability } from '@plinth/types';
import type { WebSocket } from 'ws';

/** One open `/websocket` connection and who is on it. */
export interface RealtimeClient {
  /** Unique within the server, for logs. */
  readonly id: number;
  /**
   * The caller; null while the socket has not authenticated (or its token expired). Never handed to a
   * service as null, which would mean the trusted system.
   */
  accountability: Accountability | null;
  /** Set by any incoming frame, cleared by each heartbeat ping. */
  alive: boolean;
  /** Sends a message object as JSON; does nothing once the socket is closing. */
  send(message: object): void;
  /** Sends an already serialized message. */
  sendText(text: string): void;
  /** Closes the socket (normal closure unless told otherwise). */
  close(code?: number, reason?: string): void;
  /**
   * A service context for the current data model and `caller` (this socket's caller by default); null
   * while there is none.
   */
  context(caller?: Accountability | null): Promise<ServiceContext | null>;
}

let nextId = 1;

/**
 * Wraps an upgraded socket. `base` is the context of the upgrade request: the database, runtimes and
 * limits stay; the caller and the data model are taken fresh for every message and every event, the
 * caller through `refresh` (null: no longer authenticated).
 */
export function createRealtimeClient(
  socket: WebSocket,
  base: ServiceContext,
  accountability: Accountability | null,
  refresh: (caller: Accountability) => Promise<Accountability | null> = async (caller) => caller,
): RealtimeClient {
  const sendText = (text: string) => {
    if (socket.readyState === socket.OPEN) socket.send(text);
  };
  const client: RealtimeClient = {
    id: nextId++,
    accountability,
    alive: true,
    send: (message) => sendText(JSON.stringify(message)),
    sendText,
    close: (code = 1000, reason = '') => {
      if (socket.readyState === socket.OPEN || socket.readyState === socket.CONNECTING) {
        socket.close(code, reason);
      }
    },
    async context(given) {
      let caller = given === undefined ? client.accountability : given;
      if (caller === null) return null;
      if (given === undefined) {
        // The socket's own caller is looked at again each time: a suspended user or a changed role
        // takes effect at once, as it would on their next HTTP request.
        const before = caller;
        caller = await refresh(before);
        // An `auth` message that arrived meanwhile wins.
        if (client.accountability === before) client.accountability = caller;
        if (caller === null) return null;
      }
      return {
        ...base,
        db: base.database.kysely,
        accountability: caller,
        schema: await base.schemaCache.get(),
      };
    },
  };
  return client;
}
