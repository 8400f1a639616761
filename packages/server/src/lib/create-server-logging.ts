import type { PlinthEnv } from '@plinth/env';
import type { FastifyServerOptions } from 'fastify';
import pino, { type DestinationStream, type Level, type StreamEntry } from 'pino';
import { createLogTap, type LogTap } from '../routes/websocket/logs/create-log-tap.js';
import { levelNumber } from '../routes/websocket/logs/log-levels.js';
import { createLoggerOptions } from './create-logger-options.js';

/** The settings the server's own logger reads. */
export type ServerLoggingSettings = Pick<
  PlinthEnv,
  | 'LOG_LEVEL'
  | 'LOG_STYLE'
  | 'WEBSOCKETS_ENABLED'
  | 'WEBSOCKETS_LOGS_ENABLED'
  | 'WEBSOCKETS_LOGS_LEVEL'
  | 'WEBSOCKETS_LOGS_STYLE'
>;

/** The logger options for Fastify, and the tap of the logs socket when it is served. */
export interface ServerLogging {
  logger: NonNullable<FastifyServerOptions['logger']>;
  logTap?: LogTap;
}

const lower = (a: string, b: string) => (levelNumber(a) <= levelNumber(b) ? a : b);

function consoleStream(env: ServerLoggingSettings): DestinationStream {
  const { transport } = createLoggerOptions(env);
  return transport && 'target' in transport ? pino.transport(transport) : pino.destination(1);
}

/**
 * The server's logger: `LOG_LEVEL` and `LOG_STYLE` to stdout and, when the logs socket is served,
 * also a tap from `WEBSOCKETS_LOGS_LEVEL` up. The logger then runs at the lower of the two levels;
 * each destination still only gets the lines at or above its own.
 */
export function createServerLogging(env: ServerLoggingSettings): ServerLogging {
  const streamed =
    env.WEBSOCKETS_ENABLED && env.WEBSOCKETS_LOGS_ENABLED && env.WEBSOCKETS_LOGS_LEVEL !== 'silent';
  if (!streamed) return { logger: createLoggerOptions(env) };
  const logTap = createLogTap(env.WEBSOCKETS_LOGS_STYLE);
  const streams: StreamEntry[] = [{ level: env.WEBSOCKETS_LOGS_LEVEL as Level, stream: logTap }];
  if (env.LOG_LEVEL !== 'silent') streams.push({ level: env.LOG_LEVEL as Level, stream: consoleStream(env) });
  const { transport: _console, ...options } = createLoggerOptions(env);
  return {
    logger: {
      ...options,
      level: lower(env.LOG_LEVEL, env.WEBSOCKETS_LOGS_LEVEL),
      stream: pino.multistream(streams),
    },
    logTap,
  };
}
