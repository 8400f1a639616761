import { describe, expect, it } from 'vitest';
import { createRefreshToken, hashRefreshToken, nextRefreshToken } from './refresh-token.js';

describe('refresh tokens', () => {
  it('are 64 URL-safe characters, different every time', () => {
    const a = createRefreshToken();
    expect(a).toMatch(/^[\w-]{64}$/);
    expect(createRefreshToken()).not.toBe(a);
  });

  it('rotate to a successor only the secret can derive, the same each time', () => {
    const token = createRefreshToken();
    const next = nextRefreshToken('secret', token);
    expect(next).toMatch(/^[\w-]{64}$/);
    expect(nextRefreshToken('secret', token)).toBe(next);
    expect(nextRefreshToken('other', token)).not.toBe(next);
    expect(nextRefreshToken('secret', next)).not.toBe(next);
  });

  it('are stored as a SHA-256 hex digest that fits the 64-character token column', () => {
    expect(hashRefreshToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
