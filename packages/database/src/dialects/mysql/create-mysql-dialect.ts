import type { DatabaseConfig } from '@plinth/types';
import { CompiledQuery, type Dialect, MysqlDialect } from 'kysely';
import { createPool, type PoolOptions } from 'mysql2';

function toPoolOptions(config: DatabaseConfig): PoolOptions {
  const connection: PoolOptions = config.connectionString
    ? { uri: config.connectionString }
    : {
        ...(config.host === undefined ? {} : { host: config.host }),
        ...(config.port === undefined ? {} : { port: config.port }),
        ...(config.database === undefined ? {} : { database: config.database }),
        ...(config.user === undefined ? {} : { user: config.user }),
        ...(config.password === undefined ? {} : { password: config.password }),
      };
  const ssl = config.ssl === true ? {} : config.ssl;
  return {
    // utf8mb4 so emoji and every other 4-byte character survive; big numbers as strings so
    // bigint ids and file sizes are never rounded; real Date objects, read and written as UTC.
    charset: 'utf8mb4',
    supportBigNumbers: true,
    bigNumberStrings: true,
    dateStrings: false,
    timezone: 'Z',
    ...(config.options ?? {}),
    ...connection,
    ...(ssl === undefined || ssl === false ? {} : { ssl: ssl as NonNullable<PoolOptions['ssl']> }),
    connectionLimit: config.pool?.max ?? 10,
  };
}

/**
 * A MySQL / MariaDB dialect over a `mysql2` pool, created on first use. Each session runs in
 * UTC so `CURRENT_TIMESTAMP` and `timestamp` columns agree with the values the driver converts.
 */
export function createMysqlDialect(config: DatabaseConfig): Dialect {
  const utcSession = CompiledQuery.raw("set time_zone = '+00:00'");
  return new MysqlDialect({
    pool: async () => createPool(toPoolOptions(config)),
    onCreateConnection: async (connection) => void (await connection.executeQuery(utcSession)),
  });
}
