import type { DatabaseConfig } from '@plinth/types';

/**
 * `host:port` for a networked engine, read from the connection string when there is one.
 * Never includes the user or password.
 */
export function describeNetworkTarget(config: DatabaseConfig, defaultPort: number): string {
  if (config.connectionString) {
    try {
      const url = new URL(config.connectionString);
      return `${url.hostname || 'localhost'}:${url.port || defaultPort}`;
    } catch {
      return 'the configured connection string';
    }
  }
  return `${config.host ?? 'localhost'}:${config.port ?? defaultPort}`;
}
