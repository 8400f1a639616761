import { AuthFailedError, AuthTimeoutError, TokenExpiredError } from '@plinth/errors';
import {
  type AuthRuntime,
  anonymousAccountability,
  type RequestLimiter,
  type RequestOrigin,
} from '@plinth/services';
import type { FastifyBaseLogger } from 'fastify';
import type { RawData } from 'ws';
import { authenticateMessage } from './authenticate-message.js';
import { decodeFrame } from './decode-frame.js';
import { type DispatchSettings, dispatchMessage } from './dispatch-message.js';
import type { RealtimeClient } from './realtime-client.js';
import { scheduleAt } from './schedule-at.js';
import type { SocketMessage } from './socket-message.js';
import { toErrorReply } from './to-error-reply.js';

/** How sockets authenticate (`WEBSOCKETS_REST_AUTH`). */
export type SocketAuthMode = 'handshake' | 'public' | 'strict';

/** What every connection of one server shares. */
export interface ConnectionSettings extends DispatchSettings {
  mode: SocketAuthMode;
  auth: AuthRuntime;
  log: FastifyBaseLogger;
  /** Time to send an `auth` message: at the handshake, and after the token expired (ms). */
  authTimeout: number;
  /** Largest frame answered normally; larger ones get CONTENT_TOO_LARGE (bytes). */
  maxMessageBytes: number;
  /** With `RATE_LIMITER_ENABLED`: every message takes a point from the client's IP. */
  limiter?: RequestLimiter;
}

/**
 * The life of one socket: authentication (handshake, re-auth, token expiry), the message loop and the
 * cleanup on close. Messages of one socket are handled one after the other, so an `auth` followed at
 * once by a `subscribe` subscribes as the new caller.
 *
 * @param expiresAt When the upgrade's own token expires (epoch ms), if it authenticated with one.
 */
export function attachConnection(
  client: RealtimeClient,
  socket: {
    on(event: 'message', listener: (data: RawData) => void): unknown;
    on(event: 'close', listener: () => void): unknown;
  },
  origin: RequestOrigin,
  settings: ConnectionSettings,
  expiresAt: number | null,
): void {
  const { mode, hub, log } = settings;
  let authTimer: NodeJS.Timeout | undefined;
  let stopExpiry = () => {};
  let queue: Promise<void> = Promise.resolve();

  const awaitAuth = (onTimeout: () => void) => {
    clearTimeout(authTimer);
    authTimer = setTimeout(onTimeout, settings.authTimeout);
  };
  const failAuth = (error: Error, close: boolean) => {
    client.send(toErrorReply('auth', error));
    if (close) client.close(1000, error.message);
  };
  const expire = () => {
    client.accountability = mode === 'public' ? anonymousAccountability(origin) : null;
    failAuth(new TokenExpiredError(), false);
    awaitAuth(() => failAuth(new AuthTimeoutError(), mode !== 'public'));
  };
  const watchExpiry = (at: number | null) => {
    stopExpiry();
    stopExpiry = at === null ? () => {} : scheduleAt(at, expire);
  };

  const authenticate = async (message: SocketMessage) => {
    const ctx = await client.context(client.accountability ?? anonymousAccountability(origin));
    if (ctx === null) return;
    try {
      const login = await authenticateMessage(message, { ctx, auth: settings.auth, origin });
      client.accountability = login.accountability;
      clearTimeout(authTimer);
      watchExpiry(login.expiresAt);
      client.send({
        type: 'auth',
        status: 'ok',
        ...(login.refreshToken ? { refresh_token: login.refreshToken } : {}),
        ...(message.uid === undefined ? {} : { uid: message.uid }),
      });
    } catch (error) {
      client.send(toErrorReply('auth', error, message.uid));
      if (mode !== 'public') client.close(1000, 'Authentication failed.');
    }
  };

  const handle = async (message: SocketMessage) => {
    const { type, uid } = message;
    const withUid = (reply: object) => (uid === undefined ? reply : { ...reply, uid });
    if (type === 'auth') return authenticate(message);
    if (type === 'pong') return;
    if (type === 'ping') return client.send(withUid({ type: 'pong' }));
    const ctx = await client.context();
    if (ctx === null) return failAuth(new AuthFailedError({ handshake: true }), true);
    try {
      client.send(withUid(await dispatchMessage(ctx, client, message, settings)));
    } catch (error) {
      log.debug({ err: error, type }, 'realtime message refused');
      client.send(toErrorReply(type, error, uid));
    }
  };

  const receive = async (data: RawData) => {
    if (settings.limiter) {
      try {
        await settings.limiter.consume(origin.ip ?? 'unknown');
      } catch (error) {
        return client.send(toErrorReply('server', error));
      }
    }
    const frame = decodeFrame(data, settings.maxMessageBytes);
    if ('refusal' in frame) return client.send(frame.refusal);
    await handle(frame.message);
  };

  socket.on('message', (data) => {
    client.alive = true;
    queue = queue
      .then(() => receive(data))
      .catch((error: unknown) => log.error({ err: error }, 'realtime message failed'));
  });
  socket.on('close', () => {
    clearTimeout(authTimer);
    stopExpiry();
    hub.remove(client);
  });

  if (client.accountability === null)
    awaitAuth(() => failAuth(new AuthFailedError({ handshake: true }), true));
  else watchExpiry(expiresAt);
}
