import { ForbiddenError, InvalidPayloadError, TokenExpiredError } from '@plinth/errors';
import type { Accountability } from '@plinth/types';
import type { FastifyBaseLogger } from 'fastify';
import type { WebSocket } from 'ws';
import { decodeFrame } from '../lib/decode-frame.js';
import { scheduleAt } from '../lib/schedule-at.js';
import type { SocketMessage } from '../lib/socket-message.js';
import { toErrorReply } from '../lib/to-error-reply.js';
import type { LogReceiver, LogSubscribers } from './create-log-subscribers.js';
import { isLogLevel, LOG_LEVELS } from './log-levels.js';

/** What one logs socket needs besides the socket itself. */
export interface LogsConnection {
  /** The admin who opened it. */
  caller: Accountability;
  /** Looks the caller up again (null once they are no longer an active user). */
  refresh(caller: Accountability): Promise<Accountability | null>;
  /** When the upgrade's access token expires (epoch ms), if it was one. */
  expiresAt: number | null;
  subscribers: LogSubscribers;
  maxMessageBytes: number;
  log: FastifyBaseLogger;
}

// A socket that does not read its lines fast enough misses some, rather than holding them in memory.
const MAX_BUFFERED_BYTES = 1024 * 1024;

const LEVEL_NAMES = Object.keys(LOG_LEVELS).join(', ');

/**
 * The life of one logs socket: `subscribe` with a `log_level` streams every line at or above it as
 * `{"type":"logs","data":...}`, `unsubscribe` stops it; both are for admins only, checked again on
 * every message. Other messages are ignored. The socket closes when its token expires.
 */
export function attachLogsConnection(socket: WebSocket, connection: LogsConnection): void {
  const { subscribers } = connection;
  let caller: Accountability | null = connection.caller;
  const send = (message: object) => receiver.sendText(JSON.stringify(message));
  const receiver: LogReceiver = {
    sendText(text) {
      if (socket.readyState === socket.OPEN && socket.bufferedAmount < MAX_BUFFERED_BYTES) socket.send(text);
    },
  };

  const handle = async ({ type, uid, ...message }: SocketMessage) => {
    if (type !== 'subscribe' && type !== 'unsubscribe') return;
    const withUid = (reply: object) => (uid === undefined ? reply : { ...reply, uid });
    caller = caller && (await connection.refresh(caller));
    if (!caller?.admin) {
      subscribers.unsubscribe(receiver);
      return send(toErrorReply('logs', new ForbiddenError(), uid));
    }
    if (type === 'unsubscribe') {
      subscribers.unsubscribe(receiver);
      return send(withUid({ type: 'logs', event: 'unsubscribe' }));
    }
    const level = message['log_level'];
    if (!isLogLevel(level)) {
      const reason = `"log_level" has to be one of ${LEVEL_NAMES}`;
      return send(toErrorReply('logs', new InvalidPayloadError({ reason }), uid));
    }
    subscribers.subscribe(receiver, level);
    send(withUid({ type: 'logs', event: 'subscribe', log_level: level }));
  };

  let queue: Promise<void> = Promise.resolve();
  socket.on('message', (data) => {
    queue = queue
      .then(() => {
        const frame = decodeFrame(data, connection.maxMessageBytes);
        return 'refusal' in frame ? send(frame.refusal) : handle(frame.message);
      })
      .catch((error: unknown) => connection.log.error({ err: error }, 'logs socket message failed'));
  });
  const stopExpiry =
    connection.expiresAt === null
      ? () => {}
      : scheduleAt(connection.expiresAt, () => {
          send(toErrorReply('auth', new TokenExpiredError()));
          socket.close(1000, 'Token expired.');
        });
  socket.on('close', () => {
    stopExpiry();
    subscribers.unsubscribe(receiver);
  });
}
