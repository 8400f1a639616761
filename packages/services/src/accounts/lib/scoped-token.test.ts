import { isPlinthError } from '@plinth/errors';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { signScopedToken, verifyScopedToken } from './scoped-token.js';

const key = new TextEncoder().encode('scoped-token-test-secret');

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return isPlinthError(error) ? error.code : 'not a plinth error';
  }
}

describe('scoped link tokens', () => {
  it('round-trips claims of the right scope', async () => {
    const token = await signScopedToken({ scope: 'invite', email: 'a@example.com' }, key, 60_000);
    expect(await verifyScopedToken(token, key, 'invite')).toMatchObject({
      email: 'a@example.com',
      iss: 'directus',
    });
  });

  it('tells expired, foreign, malformed and other-scope tokens apart', async () => {
    const expired = await signScopedToken({ scope: 'invite' }, key, -5_000);
    expect(await codeOf(verifyScopedToken(expired, key, 'invite'))).toBe('TOKEN_EXPIRED');
    const foreign = await signScopedToken(
      { scope: 'invite' },
      new TextEncoder().encode('another-key'),
      60_000,
    );
    expect(await codeOf(verifyScopedToken(foreign, key, 'invite'))).toBe('INVALID_TOKEN');
    expect(await codeOf(verifyScopedToken('garbage', key, 'invite'))).toBe('INVALID_TOKEN');
    const other = await signScopedToken({ scope: 'magic-link' }, key, 60_000);
    expect(await codeOf(verifyScopedToken(other, key, 'invite'))).toBe('FORBIDDEN');
  });

  it('refuses unsigned tokens', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(JSON.stringify({ scope: 'invite', iss: 'directus' })).toString('base64url');
    expect(await codeOf(verifyScopedToken(`${header}.${body}.`, key, 'invite'))).toBe('INVALID_TOKEN');
    const hs512 = await new SignJWT({ scope: 'invite' })
      .setProtectedHeader({ alg: 'HS512' })
      .setIssuer('directus')
      .sign(key);
    expect(await codeOf(verifyScopedToken(hs512, key, 'invite'))).toBe('INVALID_TOKEN');
  });
});
