export { createServer } from './create-server.js';
export type { HealthObservation, HealthProbe, HealthReport } from './health/health-check.js';
export { createLoggerOptions, REDACTED_PATHS, redactUrl } from './lib/create-logger-options.js';
export { plinthPlugin } from './plinth-plugin.js';
export { createLogTap, type LogStyle, type LogTap } from './routes/websocket/logs/create-log-tap.js';
export type { CreateServerOptions, PlinthPluginOptions } from './server-options.js';
