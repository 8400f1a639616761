import { describe, expect, it } from 'vitest';
import type { EnvDefinition } from './env-definition.js';
import { envGroups } from './env-definition.js';
import { envDefinitions } from './env-definitions.js';
import { invalid, parseSetting, unset } from './lib/parse-setting.js';

const definitions: readonly EnvDefinition[] = envDefinitions;

describe('envDefinitions', () => {
  it('names each setting once, in SCREAMING_SNAKE_CASE', () => {
    const names = definitions.map(({ name }) => name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });

  it('has a default that parses for every setting that declares one', () => {
    for (const definition of definitions) {
      if (definition.default === undefined) continue;
      const value = parseSetting(definition, definition.default, true);
      expect(value, definition.name).not.toBe(invalid);
      expect(value, definition.name).not.toBe(unset);
    }
  });

  it('gives every setting a one-line description ending in a full stop', () => {
    for (const { name, description } of definitions) {
      expect(description, name).toMatch(/^[^\n]+\.$/);
    }
  });

  it('uses every group, and points conditional defaults at known settings', () => {
    const used = new Set(definitions.map(({ group }) => group));
    expect([...used].sort()).toEqual([...envGroups].sort());
    const names = new Set(definitions.map(({ name }) => name));
    for (const { defaultWhen } of definitions) {
      if (defaultWhen) expect(names.has(defaultWhen.name)).toBe(true);
    }
  });

  it('covers the settings the reference requires', () => {
    const names = new Set(definitions.map(({ name }) => name));
    for (const required of [
      'HOST',
      'PORT',
      'PUBLIC_URL',
      'SECRET',
      'DB_CLIENT',
      'DB_CONNECT_RETRIES',
      'ACCESS_TOKEN_TTL',
      'CORS_ORIGIN',
      'RATE_LIMITER_REGISTRATION_POINTS',
      'PRESSURE_LIMITER_ENABLED',
      'CACHE_STATUS_HEADER',
      'REDIS',
      'STORAGE_LOCATIONS',
      'ASSETS_TRANSFORM_TIMEOUT',
      'TUS_CHUNK_SIZE',
      'EMAIL_SMTP_HOST',
      'WEBSOCKETS_REST_AUTH_TIMEOUT',
      'GRAPHQL_QUERY_TOKEN_LIMIT',
      'HASH_MEMORY_COST',
      'USERS_API_ACCESS_LIMIT',
      'TELEMETRY',
      'TEMP_PATH',
    ]) {
      expect(names.has(required), required).toBe(true);
    }
  });
});
