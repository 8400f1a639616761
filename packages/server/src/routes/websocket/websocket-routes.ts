import type { PlinthEnv } from '@plinth/env';
import { ForbiddenError, InvalidCredentialsError } from '@plinth/errors';
import {
  type AuthRuntime,
  anonymousAccountability,
  createRequestLimiter,
  type EventBus,
} from '@plinth/services';
import type { Accountability } from '@plinth/types';
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { requestOrigin } from '../../auth/request-origin.js';
import { attachConnection, type ConnectionSettings } from './lib/attach-connection.js';
import { closeRefusedUpgrade } from './lib/close-refused-upgrade.js';
import { createChangeFeed } from './lib/create-change-feed.js';
import { createSubscriptionHub } from './lib/create-subscription-hub.js';
import { publishItemChanges } from './lib/publish-item-changes.js';
import { createRealtimeClient, type RealtimeClient } from './lib/realtime-client.js';
import { refreshCaller } from './lib/refresh-caller.js';
import { startHeartbeat } from './lib/start-heartbeat.js';
import { upgradeTokenExpiry } from './lib/upgrade-token-expiry.js';
import { registerWebSocketSupport } from './register-websocket-support.js';

/** The settings the realtime socket reads. */
export type WebSocketSettings = Pick<
  PlinthEnv,
  | 'WEBSOCKETS_ENABLED'
  | 'WEBSOCKETS_REST_ENABLED'
  | 'WEBSOCKETS_REST_PATH'
  | 'WEBSOCKETS_REST_AUTH'
  | 'WEBSOCKETS_REST_AUTH_TIMEOUT'
  | 'WEBSOCKETS_REST_CONN_LIMIT'
  | 'WEBSOCKETS_HEARTBEAT_ENABLED'
  | 'WEBSOCKETS_HEARTBEAT_PERIOD'
  | 'MAX_PAYLOAD_SIZE'
  | 'CACHE_NAMESPACE'
  | 'RATE_LIMITER_ENABLED'
  | 'RATE_LIMITER_POINTS'
  | 'RATE_LIMITER_DURATION'
  | 'RATE_LIMITER_STORE'
>;

/** Options of {@link createWebSocketRoutes}. */
export interface WebSocketRoutesOptions {
  env: WebSocketSettings;
  /** The server's event bus: committed item mutations become subscription events. */
  events: EventBus;
  auth: AuthRuntime;
  /** With it, changes reach the subscribers of every instance through Redis pub/sub. */
  redis?: Redis;
  /** The session cookie's name: a cookie-authenticated upgrade is tied to that token's expiry. */
  sessionCookieName: string;
  /**
   * Most subscriptions one socket may hold; more are refused with LIMIT_EXCEEDED.
   * @default 100
   */
  maxSubscriptions?: number;
}

/**
 * The realtime socket at `WEBSOCKETS_REST_PATH` (`/websocket`), when `WEBSOCKETS_ENABLED` and
 * `WEBSOCKETS_REST_ENABLED`: authentication in handshake, public or strict mode, subscriptions with
 * `init`/`create`/`update`/`delete` events read back as each subscriber, `items` messages through the
 * items services, heartbeat, and connection, message-size and subscription limits. Must be registered
 * where requests carry a service context.
 */
export function createWebSocketRoutes(options: WebSocketRoutesOptions) {
  const { env } = options;
  return async function websocketRoutes(app: FastifyInstance): Promise<void> {
    if (!env.WEBSOCKETS_ENABLED || !env.WEBSOCKETS_REST_ENABLED) return;
    await registerWebSocketSupport(app, env.MAX_PAYLOAD_SIZE);
    const hub = createSubscriptionHub(app.log);
    const feed = await createChangeFeed({
      ...(options.redis ? { redis: options.redis } : {}),
      channel: `${env.CACHE_NAMESPACE}:realtime`,
      onError: (error) => app.log.warn({ err: error }, 'realtime change feed'),
    });
    feed.onChange((change) => {
      void hub.deliver(change);
    });
    const stopPublishing = publishItemChanges(options.events, feed);
    const clients = new Set<RealtimeClient>();
    const stopHeartbeat = env.WEBSOCKETS_HEARTBEAT_ENABLED
      ? startHeartbeat(clients, env.WEBSOCKETS_HEARTBEAT_PERIOD)
      : () => {};
    app.addHook('onClose', async () => {
      stopHeartbeat();
      stopPublishing();
      await feed.close();
    });

    const mode = env.WEBSOCKETS_REST_AUTH;
    const settings: ConnectionSettings = {
      mode,
      auth: options.auth,
      hub,
      log: app.log,
      authTimeout: env.WEBSOCKETS_REST_AUTH_TIMEOUT,
      maxMessageBytes: env.MAX_PAYLOAD_SIZE,
      maxSubscriptions: options.maxSubscriptions ?? 100,
      ...(env.RATE_LIMITER_ENABLED
        ? {
            limiter: createRequestLimiter({
              keyPrefix: `${env.CACHE_NAMESPACE}:websocket-messages`,
              points: env.RATE_LIMITER_POINTS,
              duration: env.RATE_LIMITER_DURATION,
              redis: env.RATE_LIMITER_STORE === 'redis' ? options.redis : undefined,
            }),
          }
        : {}),
    };

    app.route({
      method: 'GET',
      url: env.WEBSOCKETS_REST_PATH,
      websocket: true,
      onResponse: closeRefusedUpgrade,
      preValidation: async (request) => {
        if (clients.size >= env.WEBSOCKETS_REST_CONN_LIMIT) throw new ForbiddenError();
        if (mode === 'strict' && !request.accountability?.user) throw new InvalidCredentialsError();
      },
      handler: (socket, request) => {
        const origin = requestOrigin(request);
        // A token given at the upgrade (query or cookie) authenticates the socket in every mode.
        const caller = request.accountability?.user
          ? request.accountability
          : mode === 'public'
            ? anonymousAccountability(origin)
            : null;
        const refresh = async (current: Accountability): Promise<Accountability | null> => {
          const fresh = await refreshCaller(options.auth, request.ctx.database.kysely, current, origin);
          return fresh ?? (mode === 'public' ? anonymousAccountability(origin) : null);
        };
        const client = createRealtimeClient(socket, request.ctx, caller, refresh);
        clients.add(client);
        socket.on('close', () => clients.delete(client));
        const expiresAt = caller?.user ? upgradeTokenExpiry(request, options.sessionCookieName) : null;
        attachConnection(client, socket, origin, settings, expiresAt);
      },
    });
  };
}
