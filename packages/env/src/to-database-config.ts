import { isAbsolute, resolve } from 'node:path';
import type { DatabaseConfig, DatabasePoolConfig } from '@plinth/types';
import { envDefinitions } from './env-definitions.js';
import { EnvError } from './env-error.js';
import { describeReceived } from './lib/describe-received.js';
import { pickPrefixed } from './pick-prefixed.js';
import type { PlinthEnv } from './plinth-env.js';
import { toTypedValue } from './to-typed-value.js';

const knownNames: ReadonlySet<string> = new Set(envDefinitions.map(({ name }) => name));

/** `REJECT_UNAUTHORIZED` → `rejectUnauthorized`. */
function toCamelCase(word: string): string {
  return word.toLowerCase().replace(/_+([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** `{ 'OPTIONS__ENCRYPT': 'true' }` → `{ options: { encrypt: true } }`; `__` nests, names are camelCased. */
function toNestedOptions(flat: Readonly<Record<string, string>>, prefix: string): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(flat)) {
    const path = key.split('__').map(toCamelCase);
    const last = path.pop() ?? key;
    let target = result;
    for (const segment of path) {
      const next = target[segment];
      target[segment] = typeof next === 'object' && next !== null ? next : {};
      target = target[segment] as Record<string, unknown>;
    }
    target[last] = toTypedValue(raw, `${prefix}${key}`);
  }
  return result;
}

function toPool(env: PlinthEnv): { pool?: DatabasePoolConfig; extra: Record<string, unknown> } {
  const { MIN, MAX, ...rest } = pickPrefixed(env, 'DB_POOL__');
  const pool: DatabasePoolConfig = {};
  for (const [key, raw] of [
    ['min', MIN],
    ['max', MAX],
  ] as const) {
    if (raw === undefined) continue;
    const value = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value)) {
      const variable = `DB_POOL__${key.toUpperCase()}`;
      throw new EnvError({ variable, accepted: 'a whole number', received: describeReceived(variable, raw) });
    }
    pool[key] = value;
  }
  const extra = toNestedOptions(rest, 'DB_POOL__');
  return Object.keys(pool).length > 0 ? { pool, extra } : { extra };
}

function toSsl(env: PlinthEnv): DatabaseConfig['ssl'] {
  const nested = pickPrefixed(env, 'DB_SSL__');
  if (env.DB_SSL === false) return false;
  if (Object.keys(nested).length > 0) return toNestedOptions(nested, 'DB_SSL__');
  return env.DB_SSL;
}

/** Every `DB_*` variable Plinth does not define, for the driver as-is. */
function toDriverOptions(env: PlinthEnv, poolExtra: Record<string, unknown>): Record<string, unknown> {
  const unknown: Record<string, string> = {};
  for (const [key, raw] of Object.entries(pickPrefixed(env, 'DB_'))) {
    if (!knownNames.has(`DB_${key}`) && !key.startsWith('POOL__') && !key.startsWith('SSL__'))
      unknown[key] = raw;
  }
  const options = toNestedOptions(unknown, 'DB_');
  if (env.DB_CHARSET !== undefined) options['charset'] = env.DB_CHARSET;
  if (env.DB_VERSION !== undefined) options['version'] = env.DB_VERSION;
  if (Object.keys(poolExtra).length > 0) options['pool'] = poolExtra;
  return options;
}

function toSqliteFilename(env: PlinthEnv): string {
  const filename = env.DB_FILENAME ?? './data/plinth.db';
  if (filename === ':memory:' || filename.startsWith('file:') || isAbsolute(filename)) return filename;
  return resolve(env.cwd, filename);
}

/**
 * Maps the `DB_*` settings to what `@plinth/database` opens: the client, the SQLite file resolved
 * against the working directory, or the server fields; pool and TLS from `DB_POOL__*` and
 * `DB_SSL__*`; the search path; and any other `DB_*` variable as a camelCased driver option.
 */
export function toDatabaseConfig(env: PlinthEnv): DatabaseConfig {
  const { pool, extra } = toPool(env);
  const options = toDriverOptions(env, extra);
  const config: DatabaseConfig = { client: env.DB_CLIENT };
  if (env.DB_CLIENT === 'sqlite') {
    config.filename = toSqliteFilename(env);
  } else {
    const ssl = toSsl(env);
    if (env.DB_CONNECTION_STRING !== undefined) config.connectionString = env.DB_CONNECTION_STRING;
    if (env.DB_HOST !== undefined) config.host = env.DB_HOST;
    if (env.DB_PORT !== undefined) config.port = env.DB_PORT;
    if (env.DB_DATABASE !== undefined) config.database = env.DB_DATABASE;
    if (env.DB_USER !== undefined) config.user = env.DB_USER;
    if (env.DB_PASSWORD !== undefined) config.password = env.DB_PASSWORD;
    if (ssl !== undefined) config.ssl = ssl;
    if (env.DB_SEARCH_PATH !== undefined && env.DB_SEARCH_PATH.length > 0)
      config.searchPath = [...env.DB_SEARCH_PATH];
    if (env.DB_PREPARED_READS === false) config.preparedReads = false;
  }
  if (pool !== undefined) config.pool = pool;
  if (Object.keys(options).length > 0) config.options = options;
  return config;
}
