import { describe, expect, it } from 'vitest';
import { createLoginFlowCookie } from './login-flow-cookie.js';

describe('createLoginFlowCookie', () => {
  const cookie = createLoginFlowCookie('a-secret', false);
  const flow = {
    checks: { state: 's', codeVerifier: 'v', nonce: 'n' },
    redirect: 'https://x.test/',
    otp: undefined,
  };

  it('reads back what it wrote, named after driver and provider', () => {
    expect(cookie.read(cookie.write(flow))).toEqual({ checks: flow.checks, redirect: 'https://x.test/' });
    expect(cookie.name({ driver: 'openid', name: 'okta' })).toBe('openid.okta');
    expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/' });
  });

  it('refuses a cookie signed with another secret, tampered with, expired or absent', () => {
    const written = cookie.write(flow, 0);
    expect(cookie.read(written, 10 * 60_000 + 1)).toBeNull();
    expect(cookie.read(createLoginFlowCookie('other', false).write(flow))).toBeNull();
    const [value, signature] = cookie.write(flow).split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...flow, expires: Date.now() + 1000, redirect: 'https://evil.test/' }),
    ).toString('base64url');
    expect(cookie.read(`${forged}.${signature}`)).toBeNull();
    expect(cookie.read(`${value}.`)).toBeNull();
    expect(cookie.read(undefined)).toBeNull();
    expect(cookie.read('garbage')).toBeNull();
  });
});
