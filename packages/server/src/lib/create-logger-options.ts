import type { PlinthEnv } from '@plinth/env';
import type { LoggerOptions } from 'pino';

/** Paths pino blanks out in every log line, wherever a secret can travel. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.access_token',
  '*.refresh_token',
  '*.secret',
];

const SECRET_QUERY_PARAMETER = /([?&](?:access_token|token|refresh_token)=)[^&#]*/gi;

/** A URL with the values of token-bearing query parameters masked. */
export function redactUrl(url: string): string {
  return url.replace(SECRET_QUERY_PARAMETER, '$1--redacted--');
}

interface LoggedRequest {
  method: string;
  url: string;
  ip?: string;
  id?: string;
}

/** Pino options for the server's logger: level and style from the environment, secrets redacted. */
export function createLoggerOptions(env: Pick<PlinthEnv, 'LOG_LEVEL' | 'LOG_STYLE'>): LoggerOptions {
  const options: LoggerOptions = {
    level: env.LOG_LEVEL,
    redact: { paths: REDACTED_PATHS, censor: '--redacted--' },
    serializers: {
      req: (request: LoggedRequest) => ({
        method: request.method,
        url: redactUrl(request.url),
        ip: request.ip,
      }),
    },
  };
  if (env.LOG_STYLE === 'pretty') {
    options.transport = {
      target: 'pino-pretty',
      options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname', singleLine: true },
    };
  }
  return options;
}
