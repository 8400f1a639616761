import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTempDir } from '../test/helpers.js';
import { loadEnv } from './load-env.js';

describe('loadEnv defaults', () => {
  it('gives every documented default when nothing is set', () => {
    const env = loadEnv({ cwd: createTempDir() });
    expect(env.HOST).toBe('0.0.0.0');
    expect(env.PORT).toBe(8055);
    expect(env.PUBLIC_URL).toBe('/');
    expect(env.LOG_LEVEL).toBe('info');
    expect(env.LOG_STYLE).toBe('pretty');
    expect(env.MAX_PAYLOAD_SIZE).toBe(1_048_576);
    expect(env.MAX_RELATIONAL_DEPTH).toBe(10);
    expect(env.QUERY_LIMIT_DEFAULT).toBe(100);
    expect(env.QUERY_LIMIT_MAX).toBe(Number.POSITIVE_INFINITY);
    expect(env.MAX_BATCH_MUTATION).toBe(Number.POSITIVE_INFINITY);
    expect(env.ACCESS_TOKEN_TTL).toBe(15 * 60_000);
    expect(env.REFRESH_TOKEN_TTL).toBe(7 * 86_400_000);
    expect(env.RATE_LIMITER_DURATION).toBe(1000);
    expect(env.DB_CLIENT).toBe('sqlite');
    expect(env.DB_FILENAME).toBe('./data/plinth.db');
    expect(env.DB_CONNECT_RETRIES).toBe(5);
    expect(env.DB_CONNECT_RETRY_DELAY).toBe(1000);
    expect(env.DB_EXCLUDE_TABLES).toEqual(['spatial_ref_sys', 'sysdiagrams']);
    expect(env.STORAGE_LOCATIONS).toEqual(['local']);
    expect(env.ADMIN_EMAIL).toBe('admin@example.com');
    expect(env.PROJECT_NAME).toBe('Plinth');
    expect(env.CORS_ORIGIN).toBe(false);
    expect(env.CACHE_VALUE_MAX_SIZE).toBe(false);
    expect(env.AUTH_PROVIDERS).toEqual([]);
    expect(env.TELEMETRY).toBe(false);
    expect(env.WEBSOCKETS_ENABLED).toBe(false);
    expect(env.WEBSOCKETS_HEARTBEAT_PERIOD).toBe(30_000);
    expect(env.ROBOTS_TXT).toBe('User-agent: *\nDisallow: /');
    expect(env.DB_HOST).toBeUndefined();
    expect(env.REDIS_ENABLED).toBe(false);
  });

  it('makes a random SECRET per boot and says so', () => {
    const cwd = createTempDir();
    const first = loadEnv({ cwd });
    const second = loadEnv({ cwd });
    expect(first.SECRET_IS_GENERATED).toBe(true);
    expect(first.SECRET.length).toBeGreaterThanOrEqual(32);
    expect(first.SECRET).not.toBe(second.SECRET);
    const set = loadEnv({ cwd, env: { SECRET: 'a-real-secret' } });
    expect(set.SECRET).toBe('a-real-secret');
    expect(set.SECRET_IS_GENERATED).toBe(false);
  });

  it('applies DB_FILENAME only for SQLite', () => {
    const env = loadEnv({ cwd: createTempDir(), env: { DB_CLIENT: 'pg' } });
    expect(env.DB_FILENAME).toBeUndefined();
  });

  it('turns Redis on when a Redis server is named', () => {
    const env = loadEnv({ cwd: createTempDir(), env: { REDIS: 'redis://127.0.0.1:6379' } });
    expect(env.REDIS_ENABLED).toBe(true);
  });
});

describe('loadEnv values', () => {
  it('parses every kind from the environment', () => {
    const env = loadEnv({
      cwd: createTempDir(),
      env: {
        PORT: '3000',
        CORS_ENABLED: 'true',
        CORS_ORIGIN: 'https://a.com, https://b.com',
        CACHE_TTL: '30s',
        FILES_MAX_UPLOAD_SIZE: '10kb',
        LOG_LEVEL: 'DEBUG',
        PUBLIC_URL: 'https://api.example.com',
        PRESSURE_LIMITER_MAX_EVENT_LOOP_UTILIZATION: '0.5',
        IP_TRUST_PROXY: 'false',
        FLOWS_ENV_ALLOW_LIST: 'A,B',
        UNKNOWN_THING: 'kept raw',
      },
    });
    expect(env.PORT).toBe(3000);
    expect(env.CORS_ENABLED).toBe(true);
    expect(env.CORS_ORIGIN).toEqual(['https://a.com', 'https://b.com']);
    expect(env.CACHE_TTL).toBe(30_000);
    expect(env.FILES_MAX_UPLOAD_SIZE).toBe(10_240);
    expect(env.LOG_LEVEL).toBe('debug');
    expect(env.PUBLIC_URL).toBe('https://api.example.com');
    expect(env.PRESSURE_LIMITER_MAX_EVENT_LOOP_UTILIZATION).toBe(0.5);
    expect(env.IP_TRUST_PROXY).toBe(false);
    expect(env.FLOWS_ENV_ALLOW_LIST).toEqual(['A', 'B']);
    expect(env.raw['UNKNOWN_THING']).toBe('kept raw');
  });

  it.each([
    ['pg', 'pg'],
    ['postgres', 'pg'],
    ['postgresql', 'pg'],
    ['mysql', 'mysql'],
    ['mariadb', 'mysql'],
    ['sqlite', 'sqlite'],
    ['sqlite3', 'sqlite'],
    ['mssql', 'mssql'],
  ])('normalizes DB_CLIENT=%s to %s', (given, expected) => {
    expect(loadEnv({ cwd: createTempDir(), env: { DB_CLIENT: given } }).DB_CLIENT).toBe(expected);
  });

  it('treats empty values as unset', () => {
    const env = loadEnv({ cwd: createTempDir(), env: { PORT: '', LOG_LEVEL: '' } });
    expect(env.PORT).toBe(8055);
    expect(env.LOG_LEVEL).toBe('info');
  });

  it('honours type prefixes', () => {
    const env = loadEnv({
      cwd: createTempDir(),
      env: {
        PORT: 'number:9000',
        CORS_ORIGIN: 'regex:^https://.*\\.example\\.com$',
        STORAGE_LOCATIONS: 'json:["a","b"]',
      },
    });
    expect(env.PORT).toBe(9000);
    expect(env.CORS_ORIGIN).toBeInstanceOf(RegExp);
    expect((env.CORS_ORIGIN as RegExp).test('https://app.example.com')).toBe(true);
    expect(env.STORAGE_LOCATIONS).toEqual(['a', 'b']);
  });

  it('returns a deeply frozen object whose keys are the setting names', () => {
    const env = loadEnv({ cwd: createTempDir(), env: { LOG_HTTP_IGNORE_PATHS: '/a,/b' } });
    expect(Object.isFrozen(env)).toBe(true);
    expect(Object.isFrozen(env.LOG_HTTP_IGNORE_PATHS)).toBe(true);
    expect(Object.isFrozen(env.raw)).toBe(true);
    expect(() => {
      (env as { PORT: number }).PORT = 1;
    }).toThrow(TypeError);
    const keys = Object.keys(env);
    expect(keys).toContain('PORT');
    expect(keys).toContain('SECRET_IS_GENERATED');
    expect(keys).not.toContain('raw');
    expect(keys).not.toContain('cwd');
    expect(keys.every((key) => /^[A-Z][A-Z0-9_]*$/.test(key))).toBe(true);
  });
});

describe('loadEnv config file', () => {
  it('reads <cwd>/.env and lets the real environment win', () => {
    const cwd = createTempDir({
      '.env': 'PORT=4000\nHOST=127.0.0.1\n# comment\nPROJECT_NAME="My project"\n',
    });
    const env = loadEnv({ cwd, env: { HOST: '10.0.0.1' } });
    expect(env.PORT).toBe(4000);
    expect(env.HOST).toBe('10.0.0.1');
    expect(env.PROJECT_NAME).toBe('My project');
    expect(env.CONFIG_PATH).toBe(join(cwd, '.env'));
  });

  it('reads an explicit CONFIG_PATH relative to cwd, in .env syntax', () => {
    const cwd = createTempDir({ 'prod.env': 'DB_CLIENT=postgres\n' });
    expect(loadEnv({ cwd, env: { CONFIG_PATH: 'prod.env' } }).DB_CLIENT).toBe('pg');
  });

  it('reads a JSON config file, typed values and arrays included', () => {
    const cwd = createTempDir({
      'config.json': JSON.stringify({
        PORT: 5000,
        CORS_ENABLED: true,
        STORAGE_LOCATIONS: ['local', 's3'],
        DB_SSL__CA: 'x',
      }),
    });
    const env = loadEnv({ cwd, env: { CONFIG_PATH: join(cwd, 'config.json') } });
    expect(env.PORT).toBe(5000);
    expect(env.CORS_ENABLED).toBe(true);
    expect(env.STORAGE_LOCATIONS).toEqual(['local', 's3']);
    expect(env.raw['DB_SSL__CA']).toBe('x');
  });

  it('ignores CONFIG_PATH written inside the config file', () => {
    const cwd = createTempDir({ '.env': 'CONFIG_PATH=other.env\n', 'other.env': 'PORT=1234\n' });
    expect(loadEnv({ cwd }).PORT).toBe(8055);
  });
});

describe('loadEnv *_FILE secrets', () => {
  it('reads NAME from the file named by NAME_FILE, trimming one trailing newline', () => {
    const cwd = createTempDir({ 'db-password': 's3cret\n\n', 'secret.txt': 'jwt-key\r\n' });
    const env = loadEnv({
      cwd,
      env: { DB_PASSWORD_FILE: join(cwd, 'db-password'), SECRET_FILE: 'secret.txt', SECRET: 'ignored' },
    });
    expect(env.DB_PASSWORD).toBe('s3cret\n');
    expect(env.SECRET).toBe('jwt-key');
    expect(env.raw['DB_PASSWORD_FILE']).toBeUndefined();
  });

  it('resolves *_FILE written in the config file, and dynamic groups too', () => {
    const cwd = createTempDir({ ca: 'PEM\n', '.env': 'DB_SSL__CA_FILE=ca\n' });
    expect(loadEnv({ cwd }).raw['DB_SSL__CA']).toBe('PEM');
  });

  it('leaves unrelated *_FILE variables of the host alone', () => {
    const env = loadEnv({ cwd: createTempDir(), env: { SSL_CERT_FILE: '/does/not/exist' } });
    expect(env.raw['SSL_CERT_FILE']).toBe('/does/not/exist');
  });

  it('lets the real environment win over a *_FILE in the config file', () => {
    const cwd = createTempDir({ pw: 'from-file', '.env': 'DB_PASSWORD_FILE=pw\n' });
    expect(loadEnv({ cwd, env: { DB_PASSWORD: 'from-env' } }).DB_PASSWORD).toBe('from-env');
  });
});
