import type { PlinthEnv } from '@plinth/env';
import { logLevelsFrom } from '../websocket/logs/log-levels.js';

/** The realtime settings `/server/info` reports. */
export type WebSocketInfoSettings = Pick<
  PlinthEnv,
  | 'WEBSOCKETS_ENABLED'
  | 'WEBSOCKETS_REST_ENABLED'
  | 'WEBSOCKETS_REST_AUTH'
  | 'WEBSOCKETS_REST_PATH'
  | 'WEBSOCKETS_GRAPHQL_ENABLED'
  | 'WEBSOCKETS_GRAPHQL_AUTH'
  | 'WEBSOCKETS_GRAPHQL_PATH'
  | 'WEBSOCKETS_HEARTBEAT_ENABLED'
  | 'WEBSOCKETS_HEARTBEAT_PERIOD'
  | 'WEBSOCKETS_LOGS_ENABLED'
  | 'WEBSOCKETS_LOGS_LEVEL'
>;

/** Who asks, and whether this server streams its logs (it needs a log tap for that). */
export interface WebSocketInfoContext {
  admin: boolean;
  logsServed: boolean;
}

/**
 * The `websocket` block of `/server/info` for a signed-in caller: each socket's authentication mode
 * and path (or false when off), the heartbeat period in seconds, and, for admins only, the log levels
 * the log stream offers. False when sockets are off altogether.
 */
export function websocketInfo(env: WebSocketInfoSettings, { admin, logsServed }: WebSocketInfoContext) {
  if (!env.WEBSOCKETS_ENABLED) return false;
  return {
    rest: env.WEBSOCKETS_REST_ENABLED
      ? { authentication: env.WEBSOCKETS_REST_AUTH, path: env.WEBSOCKETS_REST_PATH }
      : false,
    graphql: env.WEBSOCKETS_GRAPHQL_ENABLED
      ? { authentication: env.WEBSOCKETS_GRAPHQL_AUTH, path: env.WEBSOCKETS_GRAPHQL_PATH }
      : false,
    heartbeat: env.WEBSOCKETS_HEARTBEAT_ENABLED ? env.WEBSOCKETS_HEARTBEAT_PERIOD / 1000 : false,
    logs:
      env.WEBSOCKETS_LOGS_ENABLED && logsServed && admin
        ? { allowedLogLevels: logLevelsFrom(env.WEBSOCKETS_LOGS_LEVEL) }
        : false,
  };
}
