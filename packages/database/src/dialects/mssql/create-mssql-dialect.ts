import type { DatabaseConfig } from '@plinth/types';
import { type Dialect, MssqlAdapter, MssqlDialect, MssqlIntrospector, MssqlQueryCompiler } from 'kysely';
import { createLazyDriver } from '../create-lazy-driver.js';

interface MssqlConnectionFields {
  server: string;
  port: number;
  database: string | undefined;
  user: string | undefined;
  password: string | undefined;
}

/** Reads `mssql://user:pass@host:port/db` or the separate fields. */
function toConnectionFields(config: DatabaseConfig): MssqlConnectionFields {
  const url = config.connectionString ? new URL(config.connectionString) : undefined;
  const fromUrl = (value: string | undefined) => (value ? decodeURIComponent(value) : undefined);
  return {
    server: url?.hostname || config.host || 'localhost',
    port: Number(url?.port) || config.port || 1433,
    database: fromUrl(url?.pathname.slice(1)) ?? config.database,
    user: fromUrl(url?.username) ?? config.user,
    password: fromUrl(url?.password) ?? config.password,
  };
}

function toTediousOptions(config: DatabaseConfig, fields: MssqlConnectionFields) {
  const ssl = config.ssl;
  return {
    ...(config.options ?? {}),
    port: fields.port,
    ...(fields.database === undefined ? {} : { database: fields.database }),
    // tedious encrypts by default; DB_SSL=false turns it off, an object tunes the TLS context.
    encrypt: ssl !== false,
    ...(typeof ssl === 'object' ? { cryptoCredentialsDetails: ssl } : {}),
    useUTC: true,
  };
}

/**
 * An MS SQL dialect: Kysely's own adapter, compiler and introspector, with tedious and tarn
 * imported only when the first connection is made. Compiled and snapshot-tested, but not run
 * against a live server in this repository.
 */
export function createMssqlDialect(config: DatabaseConfig): Dialect {
  const fields = toConnectionFields(config);
  return {
    createAdapter: () => new MssqlAdapter(),
    createQueryCompiler: () => new MssqlQueryCompiler(),
    createIntrospector: (db) => new MssqlIntrospector(db),
    createDriver: () =>
      createLazyDriver(async () => {
        const [tedious, tarn] = await Promise.all([import('tedious'), import('tarn')]);
        const dialect = new MssqlDialect({
          tarn: {
            ...tarn,
            // Hand a failed connect straight back to the caller (checkConnection retries on its
            // own) instead of letting tarn retry silently until its acquire timeout.
            options: { min: config.pool?.min ?? 2, max: config.pool?.max ?? 10, propagateCreateError: true },
          },
          tedious: {
            ...tedious,
            connectionFactory: () =>
              new tedious.Connection({
                server: fields.server,
                authentication: {
                  type: 'default',
                  options: { userName: fields.user ?? '', password: fields.password ?? '' },
                },
                options: toTediousOptions(config, fields),
              }),
          },
        });
        return dialect.createDriver();
      }),
  };
}
