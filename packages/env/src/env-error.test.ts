import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTempDir } from '../test/helpers.js';
import { EnvError } from './env-error.js';
import { loadEnv } from './load-env.js';

function errorFor(env: Record<string, string>, cwd = createTempDir()): EnvError {
  try {
    loadEnv({ cwd, env });
  } catch (error) {
    if (error instanceof EnvError) return error;
    throw error;
  }
  throw new Error('loadEnv did not throw');
}

function expectOneLine(error: EnvError, variable: string): void {
  expect(error.message).not.toMatch(/[\r\n]/);
  expect(error.variable).toBe(variable);
  expect(error.message.startsWith(`${variable} must be `)).toBe(true);
}

describe('EnvError', () => {
  it('builds the documented one-line message', () => {
    const error = errorFor({ PORT: 'abc' });
    expect(error.message).toBe(
      'PORT must be an integer from 0 to 65535, got "abc". Set it in the environment or in .env.',
    );
    expect(error.accepted).toBe('an integer from 0 to 65535');
    expect(error.received).toBe('"abc"');
    expect(error.name).toBe('EnvError');
  });

  it.each([
    [{ MAX_RELATIONAL_DEPTH: '1' }, 'MAX_RELATIONAL_DEPTH', 'an integer of at least 2'],
    [{ CORS_ENABLED: 'maybe' }, 'CORS_ENABLED', 'true or false'],
    [{ ACCESS_TOKEN_TTL: 'forever' }, 'ACCESS_TOKEN_TTL', 'a duration such as'],
    [{ MAX_PAYLOAD_SIZE: 'huge' }, 'MAX_PAYLOAD_SIZE', 'a size such as'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL', 'one of fatal, error, warn, info, debug, trace, silent'],
    [{ DB_CLIENT: 'oracle' }, 'DB_CLIENT', 'one of sqlite, pg, mysql, mssql (also sqlite3, postgres'],
    [
      { PUBLIC_URL: 'example.com' },
      'PUBLIC_URL',
      'an absolute URL (http: or https:) or a path starting with /',
    ],
    [{ CORS_ORIGIN: 'regex:[' }, 'CORS_ORIGIN', 'true, false, a comma-separated list, or a regex: pattern'],
    [{ QUERY_LIMIT_MAX: 'lots' }, 'QUERY_LIMIT_MAX', 'an integer of at least 1 or Infinity'],
    [{ CACHE_VALUE_MAX_SIZE: 'true' }, 'CACHE_VALUE_MAX_SIZE', 'false or a size such as'],
    [{ PORT: 'string:80' }, 'PORT', 'an integer from 0 to 65535'],
  ])('rejects %o naming %s', (env, variable, accepted) => {
    const error = errorFor(env);
    expectOneLine(error, variable);
    expect(error.accepted).toContain(accepted);
    expect(error.message).toContain(`got ${JSON.stringify(Object.values(env)[0])}`);
  });

  it('keeps multi-line values on one line', () => {
    const error = errorFor({ PORT: '80\n81' });
    expectOneLine(error, 'PORT');
    expect(error.received).toBe('"80\\n81"');
  });

  it('names the config file the value came from', () => {
    const cwd = createTempDir({ 'app.json': JSON.stringify({ PORT: 'x' }) });
    const error = errorFor({ CONFIG_PATH: 'app.json' }, cwd);
    expect(error.message).toMatch(/Set it in the environment or in app\.json\.$/);
  });

  it('never shows secret values', () => {
    const redis = errorFor({ REDIS: 'http://user:hunter2@cache:6379' });
    expectOneLine(redis, 'REDIS');
    expect(redis.message).not.toContain('hunter2');
    expect(redis.received).toBe('a hidden value');
  });

  it('hides secrets given through a type prefix mismatch', () => {
    for (const variable of [
      'SECRET',
      'DB_PASSWORD',
      'ADMIN_TOKEN',
      'DB_CONNECTION_STRING',
      'EMAIL_SMTP_PASSWORD',
    ]) {
      const error = errorFor({ [variable]: 'number:hunter2' });
      expectOneLine(error, variable);
      expect(error.message).not.toContain('hunter2');
    }
  });

  it('masks credentials in URLs of ordinary settings', () => {
    const error = errorFor({ MARKETPLACE_REGISTRY: 'ftp://me:pw@registry.example.com' });
    expect(error.received).toBe('"ftp://***@registry.example.com"');
    expect(error.message).not.toContain('pw@');
  });

  it('stops when an explicit CONFIG_PATH is missing or unreadable', () => {
    const cwd = createTempDir({ 'broken.json': '{ nope' });
    const missing = errorFor({ CONFIG_PATH: 'missing.env' }, cwd);
    expectOneLine(missing, 'CONFIG_PATH');
    expect(missing.received).toBe(JSON.stringify(join(cwd, 'missing.env')));
    const broken = errorFor({ CONFIG_PATH: 'broken.json' }, cwd);
    expectOneLine(broken, 'CONFIG_PATH');
    expect(broken.accepted).toContain('JSON');
  });

  it('stops when a *_FILE cannot be read, showing the path but not a value', () => {
    const error = errorFor({ DB_PASSWORD_FILE: '/no/such/file' });
    expectOneLine(error, 'DB_PASSWORD_FILE');
    expect(error.received).toBe('"/no/such/file"');
  });

  it('refuses settings that contradict each other', () => {
    expectOneLine(errorFor({ CACHE_STORE: 'redis' }), 'CACHE_STORE');
    expectOneLine(errorFor({ RATE_LIMITER_STORE: 'redis' }), 'RATE_LIMITER_STORE');
    expectOneLine(errorFor({ REDIS_ENABLED: 'true' }), 'REDIS_ENABLED');
    const limits = errorFor({ QUERY_LIMIT_DEFAULT: '200', QUERY_LIMIT_MAX: '50' });
    expectOneLine(limits, 'QUERY_LIMIT_DEFAULT');
    expect(limits.accepted).toBe('an integer no larger than QUERY_LIMIT_MAX (50)');
  });

  it('accepts a Redis store once Redis is configured', () => {
    const env = loadEnv({ cwd: createTempDir(), env: { CACHE_STORE: 'redis', REDIS_HOST: '127.0.0.1' } });
    expect(env.CACHE_STORE).toBe('redis');
  });
});
