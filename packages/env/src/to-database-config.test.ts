import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTempDir } from '../test/helpers.js';
import { EnvError } from './env-error.js';
import { loadEnv } from './load-env.js';
import { toDatabaseConfig } from './to-database-config.js';

const configFor = (env: Record<string, string>, cwd = createTempDir()) =>
  toDatabaseConfig(loadEnv({ cwd, env }));

describe('toDatabaseConfig', () => {
  it('opens the embedded SQLite file under cwd by default', () => {
    const cwd = createTempDir();
    expect(configFor({}, cwd)).toEqual({ client: 'sqlite', filename: join(cwd, 'data/plinth.db') });
  });

  it('keeps :memory: and absolute SQLite paths as given', () => {
    expect(configFor({ DB_CLIENT: 'sqlite3', DB_FILENAME: ':memory:' })).toEqual({
      client: 'sqlite',
      filename: ':memory:',
    });
    expect(configFor({ DB_FILENAME: '/var/lib/plinth.db' }).filename).toBe('/var/lib/plinth.db');
  });

  it('turns named read statements off only when DB_PREPARED_READS is false', () => {
    const base = { DB_CLIENT: 'pg', DB_CONNECTION_STRING: 'postgres://db/plinth' };
    expect(configFor({ ...base, DB_PREPARED_READS: 'false' }).preparedReads).toBe(false);
    expect(configFor({ ...base, DB_PREPARED_READS: 'true' })).not.toHaveProperty('preparedReads');
    expect(configFor(base)).not.toHaveProperty('preparedReads');
    expect(configFor({ ...base, DB_PREPARED_READS: 'false' })).not.toHaveProperty('options');
  });

  it('maps PostgreSQL fields, search path, pool and TLS options', () => {
    const config = configFor({
      DB_CLIENT: 'postgresql',
      DB_HOST: 'db.internal',
      DB_PORT: '5433',
      DB_DATABASE: 'plinth',
      DB_USER: 'app',
      DB_PASSWORD: 'pw',
      DB_SEARCH_PATH: 'tenant_a, public',
      DB_POOL__MIN: '1',
      DB_POOL__MAX: '20',
      DB_POOL__IDLE_TIMEOUT_MILLIS: '30000',
      DB_SSL__REJECT_UNAUTHORIZED: 'false',
      DB_SSL__CA: 'PEM',
    });
    expect(config).toEqual({
      client: 'pg',
      host: 'db.internal',
      port: 5433,
      database: 'plinth',
      user: 'app',
      password: 'pw',
      searchPath: ['tenant_a', 'public'],
      pool: { min: 1, max: 20 },
      ssl: { rejectUnauthorized: false, ca: 'PEM' },
      options: { pool: { idleTimeoutMillis: 30000 } },
    });
  });

  it('passes a connection string and DB_SSL=true through', () => {
    const config = configFor({
      DB_CLIENT: 'pg',
      DB_CONNECTION_STRING: 'postgres://u:p@h/db',
      DB_SSL: 'true',
    });
    expect(config).toEqual({ client: 'pg', connectionString: 'postgres://u:p@h/db', ssl: true });
  });

  it('lets DB_SSL=false win over TLS options', () => {
    expect(configFor({ DB_CLIENT: 'pg', DB_SSL: 'false', DB_SSL__CA: 'x' }).ssl).toBe(false);
  });

  it('maps MySQL and MariaDB, charset included', () => {
    const config = configFor({
      DB_CLIENT: 'mariadb',
      DB_HOST: '127.0.0.1',
      DB_PORT: '3306',
      DB_USER: 'root',
      DB_DATABASE: 'plinth',
      DB_CHARSET: 'utf8mb4',
    });
    expect(config).toEqual({
      client: 'mysql',
      host: '127.0.0.1',
      port: 3306,
      user: 'root',
      database: 'plinth',
      options: { charset: 'utf8mb4' },
    });
  });

  it('maps MS SQL with nested driver options', () => {
    const config = configFor({
      DB_CLIENT: 'mssql',
      DB_HOST: 'sql',
      DB_USER: 'sa',
      DB_PASSWORD: 'pw',
      DB_DATABASE: 'plinth',
      DB_OPTIONS__ENCRYPT: 'true',
      DB_OPTIONS__TRUST_SERVER_CERTIFICATE: 'true',
      DB_REQUEST_TIMEOUT: 'number:15000',
    });
    expect(config).toEqual({
      client: 'mssql',
      host: 'sql',
      user: 'sa',
      password: 'pw',
      database: 'plinth',
      options: { options: { encrypt: true, trustServerCertificate: true }, requestTimeout: 15000 },
    });
  });

  it('does not hand Plinth-only settings to the driver', () => {
    const config = configFor({
      DB_CLIENT: 'pg',
      DB_HOST: 'h',
      DB_CONNECT_RETRIES: '3',
      DB_EXCLUDE_TABLES: 'x',
    });
    expect(config).toEqual({ client: 'pg', host: 'h' });
  });

  it('refuses a pool bound that is not a whole number', () => {
    expect(() => configFor({ DB_POOL__MAX: 'ten' })).toThrow(EnvError);
    expect(() => configFor({ DB_POOL__MAX: 'ten' })).toThrow(
      /^DB_POOL__MAX must be a whole number, got "ten"/,
    );
  });
});
