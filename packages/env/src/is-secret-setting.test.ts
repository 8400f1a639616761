import { describe, expect, it } from 'vitest';
import { isSecretSetting } from './is-secret-setting.js';

describe('isSecretSetting', () => {
  it.each([
    'SECRET',
    'DB_PASSWORD',
    'DB_PASSWORD_FILE',
    'DB_CONNECTION_STRING',
    'ADMIN_TOKEN',
    'ADMIN_PASSWORD',
    'REDIS',
    'REDIS_PASSWORD',
    'EMAIL_SMTP_PASSWORD',
    'STORAGE_S3_SECRET',
    'STORAGE_S3_KEY',
    'AUTH_GITHUB_CLIENT_SECRET',
    'AUTH_LDAP_BIND_PASSWORD',
    'DB_SSL__KEY',
    'METRICS_TOKENS',
    'HASH_ASSOCIATED_DATA',
    'STORAGE_GCS_CREDENTIALS',
  ])('hides %s', (name) => {
    expect(isSecretSetting(name)).toBe(true);
  });

  it.each([
    'PORT',
    'ACCESS_TOKEN_TTL',
    'REFRESH_TOKEN_COOKIE_NAME',
    'DB_USER',
    'AUTH_GITHUB_IDENTIFIER_KEY',
    'AUTH_GITHUB_EMAIL_KEY',
    'STORAGE_S3_BUCKET',
    'PUBLIC_URL',
  ])('shows %s', (name) => {
    expect(isSecretSetting(name)).toBe(false);
  });
});
