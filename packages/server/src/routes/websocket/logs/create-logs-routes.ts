import { randomUUID } from 'node:crypto';
import type { PlinthEnv } from '@plinth/env';
import { AuthFailedError, ForbiddenError, InvalidCredentialsError } from '@plinth/errors';
import type { AuthRuntime } from '@plinth/services';
import type { FastifyInstance } from 'fastify';
import { requestOrigin } from '../../../auth/request-origin.js';
import { closeRefusedUpgrade } from '../lib/close-refused-upgrade.js';
import { refreshCaller } from '../lib/refresh-caller.js';
import { upgradeTokenExpiry } from '../lib/upgrade-token-expiry.js';
import { registerWebSocketSupport } from '../register-websocket-support.js';
import { attachLogsConnection } from './attach-logs-connection.js';
import { createLogSubscribers } from './create-log-subscribers.js';
import type { LogTap } from './create-log-tap.js';

/** The settings the logs socket reads. */
export type LogsSocketSettings = Pick<
  PlinthEnv,
  | 'WEBSOCKETS_ENABLED'
  | 'WEBSOCKETS_LOGS_ENABLED'
  | 'WEBSOCKETS_LOGS_PATH'
  | 'WEBSOCKETS_LOGS_CONN_LIMIT'
  | 'MAX_PAYLOAD_SIZE'
>;

/** Options of {@link createLogsRoutes}. */
export interface LogsRoutesOptions {
  env: LogsSocketSettings;
  /** The destination of the app's logger whose lines are streamed. */
  tap: LogTap;
  auth: AuthRuntime;
  db: Parameters<typeof refreshCaller>[1];
  /** The session cookie's name: a cookie-authenticated socket closes when that token expires. */
  sessionCookieName: string;
}

/**
 * The log stream socket at `WEBSOCKETS_LOGS_PATH` (`/websocket/logs`), when `WEBSOCKETS_ENABLED` and
 * `WEBSOCKETS_LOGS_ENABLED`. Authentication is always strict: the upgrade must carry an admin's token
 * (`?access_token=` or the session cookie), else it is refused with 401; past
 * `WEBSOCKETS_LOGS_CONN_LIMIT` open sockets, with 403.
 */
export function createLogsRoutes(options: LogsRoutesOptions) {
  const { env } = options;
  return async function logsRoutes(app: FastifyInstance): Promise<void> {
    if (!env.WEBSOCKETS_ENABLED || !env.WEBSOCKETS_LOGS_ENABLED) return;
    await registerWebSocketSupport(app, env.MAX_PAYLOAD_SIZE);
    const subscribers = createLogSubscribers(options.tap, randomUUID().slice(0, 8));
    let open = 0;
    app.route({
      method: 'GET',
      url: env.WEBSOCKETS_LOGS_PATH,
      websocket: true,
      onResponse: closeRefusedUpgrade,
      preValidation: async (request) => {
        if (open >= env.WEBSOCKETS_LOGS_CONN_LIMIT) throw new ForbiddenError();
        if (!request.accountability?.user) throw new InvalidCredentialsError();
        if (!request.accountability.admin) throw new AuthFailedError({});
      },
      handler: (socket, request) => {
        const origin = requestOrigin(request);
        open++;
        socket.once('close', () => open--);
        attachLogsConnection(socket, {
          caller: request.accountability!,
          refresh: (caller) => refreshCaller(options.auth, options.db, caller, origin),
          expiresAt: upgradeTokenExpiry(request, options.sessionCookieName),
          subscribers,
          maxMessageBytes: env.MAX_PAYLOAD_SIZE,
          log: app.log,
        });
      },
    });
  };
}
