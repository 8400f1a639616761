import type { DatabaseConfig } from '@plinth/types';
import { CompiledQuery, type Dialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import { withNamedReads } from './name-read-statements.js';

function quoteIdentifier(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

function toPoolConfig(config: DatabaseConfig): pg.PoolConfig {
  const connection: pg.PoolConfig = config.connectionString
    ? { connectionString: config.connectionString }
    : {
        ...(config.host === undefined ? {} : { host: config.host }),
        ...(config.port === undefined ? {} : { port: config.port }),
        ...(config.database === undefined ? {} : { database: config.database }),
        ...(config.user === undefined ? {} : { user: config.user }),
        ...(config.password === undefined ? {} : { password: config.password }),
      };
  return {
    ...(config.options ?? {}),
    ...connection,
    ...(config.ssl === undefined ? {} : { ssl: config.ssl as pg.PoolConfig['ssl'] }),
    min: config.pool?.min ?? 2,
    max: config.pool?.max ?? 10,
  };
}

/**
 * A PostgreSQL dialect over a `pg` pool, created on first use. When a search path is configured
 * it is set on every new connection, so unqualified names resolve to Plinth's schema. Repeated item
 * reads run as named prepared statements (see {@link withNamedReads}) unless `preparedReads` is false.
 */
export function createPgDialect(config: DatabaseConfig): Dialect {
  const searchPath = config.searchPath?.filter((schema) => schema.length > 0) ?? [];
  const setSearchPath = CompiledQuery.raw(`set search_path to ${searchPath.map(quoteIdentifier).join(', ')}`);
  return new PostgresDialect({
    pool: async () => {
      const pool = new pg.Pool(toPoolConfig(config));
      return config.preparedReads === false ? pool : withNamedReads(pool);
    },
    ...(searchPath.length === 0
      ? {}
      : { onCreateConnection: async (connection) => void (await connection.executeQuery(setSearchPath)) }),
  });
}
