import { describe, expect, it } from 'vitest';
import { isUrlAllowed } from './is-url-allowed.js';

describe('isUrlAllowed', () => {
  const list = ['https://app.example.com/reset', 'http://localhost:3000/'];

  it('accepts the same origin and path, whatever the query', () => {
    expect(isUrlAllowed('https://app.example.com/reset', list)).toBe(true);
    expect(isUrlAllowed('https://app.example.com/reset/?lang=fr', list)).toBe(true);
    expect(isUrlAllowed('http://localhost:3000', list)).toBe(true);
  });

  it('refuses other hosts, paths, schemes and garbage', () => {
    expect(isUrlAllowed('https://evil.example.com/reset', list)).toBe(false);
    expect(isUrlAllowed('https://app.example.com/reset/more', list)).toBe(false);
    expect(isUrlAllowed('http://app.example.com/reset', list)).toBe(false);
    expect(isUrlAllowed('not a url', list)).toBe(false);
    expect(isUrlAllowed('https://app.example.com/reset', [])).toBe(false);
  });
});
