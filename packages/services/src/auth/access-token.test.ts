import { isPlinthError } from '@plinth/errors';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { isAccessToken, signAccessToken, toSigningKey, verifyAccessToken } from './access-token.js';

const key = toSigningKey('a-secret-of-some-length');
const claims = { id: 'u1', role: 'r1', app_access: true, admin_access: false };

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

async function expectCode(promise: Promise<unknown>, code: string, status: number) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isPlinthError(error, code)).toBe(true);
  expect((error as { status: number }).status).toBe(status);
}

describe('access tokens', () => {
  it('signs HS256 with our issuer, and verifies back to the claims', async () => {
    const token = await signAccessToken({ ...claims, session: 's' }, key, 60_000);
    const [header] = token.split('.');
    expect(JSON.parse(Buffer.from(header!, 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' });
    const verified = await verifyAccessToken(token, key);
    expect(verified).toMatchObject({ ...claims, session: 's', iss: 'directus' });
    expect(verified['exp']! as number).toBeGreaterThan(Date.now() / 1000 + 50);
    expect(isAccessToken(token)).toBe(true);
  });

  it('answers TOKEN_EXPIRED (401) for an expired token', async () => {
    const token = await signAccessToken(claims, key, -10_000);
    await expectCode(verifyAccessToken(token, key), 'TOKEN_EXPIRED', 401);
    expect(await verifyAccessToken(token, key, { ignoreExpiration: true })).toMatchObject(claims);
    await expectCode(
      verifyAccessToken(token, toSigningKey('another secret'), { ignoreExpiration: true }),
      'INVALID_TOKEN',
      403,
    );
  });

  it('answers INVALID_TOKEN (403) for a tampered payload or another key', async () => {
    const token = await signAccessToken(claims, key, 60_000);
    const [header, , signature] = token.split('.');
    const forged = `${header}.${base64url({ ...claims, admin_access: true, iss: 'directus', exp: 9e9 })}.${signature}`;
    await expectCode(verifyAccessToken(forged, key), 'INVALID_TOKEN', 403);
    await expectCode(verifyAccessToken(token, toSigningKey('another secret')), 'INVALID_TOKEN', 403);
  });

  it('answers INVALID_TOKEN for alg none, another algorithm, another issuer and missing claims', async () => {
    const none = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ ...claims, iss: 'directus', exp: 9e9 })}.`;
    expect(isAccessToken(none)).toBe(true);
    await expectCode(verifyAccessToken(none, key), 'INVALID_TOKEN', 403);
    const hs512 = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS512' })
      .setIssuer('directus')
      .sign(key);
    await expectCode(verifyAccessToken(hs512, key), 'INVALID_TOKEN', 403);
    const otherIssuer = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('x')
      .sign(key);
    expect(isAccessToken(otherIssuer)).toBe(false);
    await expectCode(verifyAccessToken(otherIssuer, key), 'INVALID_TOKEN', 403);
    const partial = await signAccessToken({ id: 'u1' } as never, key, 60_000);
    await expectCode(verifyAccessToken(partial, key), 'INVALID_TOKEN', 403);
  });

  it('takes anything that is not one of our JWTs for a static token', () => {
    expect(isAccessToken('my-static-token')).toBe(false);
    expect(isAccessToken('a.b.c')).toBe(false);
    expect(isAccessToken('')).toBe(false);
  });
});
