import type { DatabaseConfig } from '@plinth/types';
import { Kysely, type LogEvent } from 'kysely';
import { getDialectStrategy } from './dialects/get-dialect-strategy.js';
import type { CreateDatabaseOptions, PlinthDatabase, QueryLogEvent } from './plinth-database.js';

function toQueryLogEvent(event: LogEvent): QueryLogEvent {
  const base = { sql: event.query.sql, durationMs: event.queryDurationMillis };
  return event.level === 'error' ? { ...base, error: event.error } : base;
}

/**
 * Creates the Kysely instance for a configuration. Nothing connects until the first query, so
 * call {@link checkConnection} at boot to fail early with a readable message.
 *
 * @example
 * const db = createDatabase({ client: 'sqlite', filename: './data/plinth.db' });
 * await checkConnection(db);
 * await migrateToLatest(db);
 */
export function createDatabase(config: DatabaseConfig, options: CreateDatabaseOptions = {}): PlinthDatabase {
  const strategy = getDialectStrategy(config.client);
  const log = options.log;
  const kysely = new Kysely<any>({
    dialect: strategy.createDialect(config),
    ...(log ? { log: (event: LogEvent) => log(toQueryLogEvent(event)) } : {}),
  });
  return {
    kysely,
    client: config.client,
    target: strategy.describeTarget(config),
    destroy: () => kysely.destroy(),
  };
}
