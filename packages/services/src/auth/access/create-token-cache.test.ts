import { describe, expect, it } from 'vitest';
import { createTokenCache } from './create-token-cache.js';

const claims = (expInSeconds: number) => ({
  role: null,
  app_access: false,
  admin_access: false,
  exp: Math.floor(Date.now() / 1000) + expInSeconds,
});

describe('createTokenCache', () => {
  it('answers a stored token until it expires, and nothing else', () => {
    const cache = createTokenCache();
    const live = claims(60);
    cache.set('a', live);
    cache.set('b', claims(-1));
    expect(cache.get('a')).toBe(live);
    expect(cache.get('a.')).toBeUndefined();
    expect(cache.get('b')).toBeUndefined();
  });

  it('keeps at most its size, dropping the oldest, and never tokens without exp', () => {
    const cache = createTokenCache(2);
    cache.set('a', claims(60));
    cache.set('b', claims(60));
    cache.set('c', claims(60));
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('c')).toBeDefined();
    cache.set('d', { role: null, app_access: false, admin_access: false });
    expect(cache.get('d')).toBeUndefined();
  });
});
