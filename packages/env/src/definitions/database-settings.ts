import { defineSettings } from '../lib/define-settings.js';

/** The connection; `DB_POOL__*`, `DB_SSL__*` and other `DB_*` options are read through `pickPrefixed`. */
export const databaseSettings = defineSettings('Database', [
  {
    name: 'DB_CLIENT',
    kind: 'enum',
    default: 'sqlite',
    values: ['sqlite', 'pg', 'mysql', 'mssql'],
    aliases: { sqlite3: 'sqlite', postgres: 'pg', postgresql: 'pg', mariadb: 'mysql', mysql2: 'mysql' },
    description:
      'Database engine. `postgres`/`postgresql` mean `pg`, `mariadb` means `mysql`, `sqlite3` means `sqlite`.',
  },
  {
    name: 'DB_FILENAME',
    kind: 'string',
    default: './data/plinth.db',
    defaultWhen: { name: 'DB_CLIENT', equals: 'sqlite' },
    description:
      'SQLite database file, relative to the working directory; `:memory:` for a throw-away database.',
  },
  {
    name: 'DB_CONNECTION_STRING',
    kind: 'string',
    secret: true,
    description: 'Connection URL such as `postgres://user:pass@host:5432/db`; wins over the separate fields.',
  },
  { name: 'DB_HOST', kind: 'string', description: 'Database server host.' },
  {
    name: 'DB_PORT',
    kind: 'integer',
    min: 1,
    max: 65535,
    description: 'Database server port (driver default when unset).',
  },
  { name: 'DB_DATABASE', kind: 'string', description: 'Database name.' },
  { name: 'DB_USER', kind: 'string', description: 'Database user.' },
  { name: 'DB_PASSWORD', kind: 'string', secret: true, description: 'Database password.' },
  {
    name: 'DB_SSL',
    kind: 'boolean',
    description: '`true` for TLS with driver defaults, `false` to refuse it; `DB_SSL__*` sets TLS options.',
  },
  {
    name: 'DB_SEARCH_PATH',
    kind: 'list',
    description: 'PostgreSQL schemas to search; the first is where Plinth writes.',
  },
  {
    name: 'DB_PREPARED_READS',
    kind: 'boolean',
    default: 'true',
    description:
      'PostgreSQL: run repeated item reads as named prepared statements. `false` behind a pooler in transaction mode that cannot keep them (PgBouncer before 1.21).',
  },
  { name: 'DB_CHARSET', kind: 'string', description: 'MySQL connection character set.' },
  {
    name: 'DB_VERSION',
    kind: 'string',
    description: 'Server version, for engines whose dialect depends on it.',
  },
  {
    name: 'DB_EXCLUDE_TABLES',
    kind: 'list',
    default: 'spatial_ref_sys,sysdiagrams',
    description: 'Tables never exposed as collections.',
  },
  {
    name: 'DB_HEALTHCHECK_THRESHOLD',
    kind: 'duration',
    default: '150ms',
    description: 'Round-trip time above which `/server/health` reports the database as slow.',
  },
  {
    name: 'DB_CONNECT_RETRIES',
    kind: 'integer',
    default: '5',
    min: 1,
    description: 'Connection attempts at start-up before giving up.',
  },
  {
    name: 'DB_CONNECT_RETRY_DELAY',
    kind: 'duration',
    default: '1s',
    description: 'Wait between start-up connection attempts.',
  },
  {
    name: 'MIGRATIONS_PATH',
    kind: 'string',
    default: './migrations',
    description: 'Directory of custom migrations run after the system ones.',
  },
]);
