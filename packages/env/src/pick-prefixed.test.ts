import { describe, expect, it } from 'vitest';
import { createTempDir } from '../test/helpers.js';
import { loadEnv } from './load-env.js';
import { pickPrefixed } from './pick-prefixed.js';

describe('pickPrefixed', () => {
  it('returns raw values under a prefix with the prefix stripped', () => {
    const env = loadEnv({
      cwd: createTempDir({ '.env': 'STORAGE_S3_BUCKET=files\n' }),
      env: { STORAGE_LOCATIONS: 'local,s3', STORAGE_S3_DRIVER: 's3', STORAGE_S3_FORCE_PATH_STYLE: 'true' },
    });
    expect(pickPrefixed(env, 'STORAGE_S3_')).toEqual({
      DRIVER: 's3',
      BUCKET: 'files',
      FORCE_PATH_STYLE: 'true',
    });
  });

  it('includes the defaults of known settings', () => {
    const env = loadEnv({ cwd: createTempDir() });
    expect(pickPrefixed(env, 'STORAGE_LOCAL_')).toEqual({ DRIVER: 'local', ROOT: './uploads' });
  });

  it('returns an empty object when nothing matches, and never the bare prefix', () => {
    expect(pickPrefixed({ raw: { AUTH_: 'x', OTHER: 'y' } }, 'AUTH_')).toEqual({});
  });
});
