import type { DatabaseConfig } from '@plinth/types';

const ENGINE_NAMES = { sqlite: 'SQLite', pg: 'PostgreSQL', mysql: 'MySQL/MariaDB', mssql: 'MS SQL' } as const;

/** A short label of where the data lives, without credentials: `SQLite (./data/plinth.db)`. */
export function describeDatabase(config: DatabaseConfig): string {
  const engine = ENGINE_NAMES[config.client];
  if (config.client === 'sqlite') return `${engine} (${config.filename ?? ':memory:'})`;
  if (config.connectionString) {
    const url = new URL(config.connectionString);
    return `${engine} (${url.host}${url.pathname})`;
  }
  return `${engine} (${config.host ?? 'localhost'}${config.port ? `:${config.port}` : ''}/${config.database ?? ''})`;
}
