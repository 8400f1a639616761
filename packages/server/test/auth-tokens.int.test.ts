import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AUTH_TEST_SETTINGS,
  type AuthServer,
  codeOf,
  cookieValue,
  createAuthServer,
  ROLE,
  setCookies,
} from './auth-fixture.js';

const key = new TextEncoder().encode(AUTH_TEST_SETTINGS['SECRET']);
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

for (const engine of listTestEngines()) {
  warnSkipped(engine, '/auth token, refresh and logout tests', '@plinth/server');
  describe.skipIf(!engine.url)(`access tokens, refresh and logout on ${engine.client}`, () => {
    let api: AuthServer;
    let userId: string;
    const login = async (mode: 'json' | 'cookie' | 'session' = 'json') =>
      api.post('/auth/login', { email: 'tok@example.com', password: 'pw-tokens', mode });

    beforeAll(async () => {
      api = await createAuthServer(engine, { CACHE_SYSTEM_TTL: '300' });
      userId = await api.addUser({
        email: 'tok@example.com',
        password: 'pw-tokens',
        token: 'static-tok',
        first_name: 'Tok',
      });
    });
    afterAll(async () => {
      await api?.close();
    });

    it('authenticates an access token from the header or the query', async () => {
      const { access_token } = (await login()).json().data;
      const viaHeader = await api.get('/users/me?fields=id,first_name', bearer(access_token));
      expect(viaHeader.json()).toEqual({ data: { id: userId, first_name: 'Tok' } });
      const viaQuery = await api.get(`/users/me?fields=id&access_token=${access_token}`);
      expect(viaQuery.json()).toEqual({ data: { id: userId } });
      const both = await api.get(`/users/me?access_token=${access_token}`, bearer(access_token));
      expect(both.statusCode).toBe(400);
    });

    it('answers TOKEN_EXPIRED, INVALID_TOKEN and INVALID_CREDENTIALS as the wire says', async () => {
      const claims = { id: userId, role: ROLE, app_access: true, admin_access: false };
      const expired = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer('directus')
        .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
        .sign(key);
      const expiredResponse = await api.get('/users/me', bearer(expired));
      expect(expiredResponse.statusCode).toBe(401);
      expect(codeOf(expiredResponse)).toBe('TOKEN_EXPIRED');

      const { access_token } = (await login()).json().data;
      const [header, , signature] = access_token.split('.');
      const forged = `${header}.${base64url({ ...claims, admin_access: true, iss: 'directus', exp: 9e9 })}.${signature}`;
      const forgedResponse = await api.get('/users/me', bearer(forged));
      expect(forgedResponse.statusCode).toBe(403);
      expect(codeOf(forgedResponse)).toBe('INVALID_TOKEN');

      const none = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ ...claims, iss: 'directus', exp: 9e9 })}.`;
      expect(codeOf(await api.get('/users/me', bearer(none)))).toBe('INVALID_TOKEN');
      const otherKey = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer('directus')
        .sign(new Uint8Array(32));
      expect(codeOf(await api.get('/users/me', bearer(otherKey)))).toBe('INVALID_TOKEN');
      // Not our issuer: not one of our tokens, so it is looked up as a static token, and unknown.
      const foreign = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer('elsewhere')
        .sign(key);
      const foreignResponse = await api.get('/users/me', bearer(foreign));
      expect(foreignResponse.statusCode).toBe(401);
      expect(codeOf(foreignResponse)).toBe('INVALID_CREDENTIALS');
    });

    it('authenticates static tokens of active users only', async () => {
      expect((await api.get('/users/me?fields=id', bearer('static-tok'))).json()).toEqual({
        data: { id: userId },
      });
      expect((await api.get('/users/me?fields=id&access_token=static-tok')).json()).toEqual({
        data: { id: userId },
      });
      expect(codeOf(await api.get('/users/me', bearer('no-such-token')))).toBe('INVALID_CREDENTIALS');
      const anonymous = await api.get('/users/me');
      expect(anonymous.statusCode).toBe(401);
      expect(codeOf(anonymous)).toBe('INVALID_CREDENTIALS');
    });

    it('reads /users/me with fields, concealing the password, static token and two-factor secret', async () => {
      await api.database.kysely
        .updateTable('directus_users')
        .set({ tfa_secret: null })
        .where('id', '=', userId)
        .execute();
      const me = (await api.get('/users/me', bearer('static-tok'))).json().data;
      expect(me).toMatchObject({ id: userId, email: 'tok@example.com', password: '**********', role: ROLE });
      expect(me.token).toBeUndefined(); // not among the fields a non-admin may read of themselves
      expect(me.tfa_secret).toBeNull();
      const withRole = (await api.get('/users/me?fields=email,role.name', bearer('static-tok'))).json().data;
      expect(withRole).toEqual({ email: 'tok@example.com', role: { name: 'Editor' } });
    });

    it('rotates json refresh tokens; a reused one revokes the family', async () => {
      const first = (await login()).json().data;
      const refreshed = await api.post('/auth/refresh', { refresh_token: first.refresh_token });
      expect(refreshed.statusCode).toBe(200);
      const second = refreshed.json().data;
      expect(Object.keys(second).sort()).toEqual(['access_token', 'expires', 'refresh_token']);
      expect(second.refresh_token).not.toBe(first.refresh_token);
      expect((await api.get('/users/me?fields=id', bearer(second.access_token))).statusCode).toBe(200);

      const reuse = await api.post('/auth/refresh', { refresh_token: first.refresh_token, mode: 'json' });
      expect(reuse.statusCode).toBe(401);
      expect(codeOf(reuse)).toBe('INVALID_CREDENTIALS');
      expect(codeOf(await api.post('/auth/refresh', { refresh_token: second.refresh_token }))).toBe(
        'INVALID_CREDENTIALS',
      );
    });

    it('rotates the refresh cookie in cookie mode (the default without a refresh_token in the body)', async () => {
      const cookie = cookieValue(setCookies(await login('cookie'))['directus_refresh_token']);
      const refreshed = await api.post('/auth/refresh', {}, { cookie: `directus_refresh_token=${cookie}` });
      expect(refreshed.statusCode).toBe(200);
      expect(Object.keys(refreshed.json().data).sort()).toEqual(['access_token', 'expires']);
      const rotated = cookieValue(setCookies(refreshed)['directus_refresh_token']);
      expect(rotated).toMatch(/^[\w-]{64}$/);
      expect(rotated).not.toBe(cookie);
      const missing = await api.post('/auth/refresh', {});
      expect(missing.statusCode).toBe(400);
      expect(missing.json().errors[0].extensions.reason).toBe(
        'The refresh token is required in either the payload or cookie',
      );
    });

    it('authenticates the session cookie and refreshes it in session mode', async () => {
      const session = cookieValue(setCookies(await login('session'))['directus_session_token']);
      const cookie = { cookie: `directus_session_token=${session}` };
      expect((await api.get('/users/me?fields=id', cookie)).json()).toEqual({ data: { id: userId } });
      const refreshed = await api.post('/auth/refresh', { mode: 'session' }, cookie);
      expect(refreshed.json()).toEqual({ data: { expires: 86_400_000 } });
      const next = cookieValue(setCookies(refreshed)['directus_session_token']);
      expect(next).not.toBe(session);
      expect(
        (await api.get('/users/me?fields=id', { cookie: `directus_session_token=${next}` })).statusCode,
      ).toBe(200);
    });

    it('logs out: 204, the session ended, the cookies cleared; a missing token is 400', async () => {
      const json = (await login()).json().data;
      const out = await api.post('/auth/logout', { refresh_token: json.refresh_token });
      expect(out.statusCode).toBe(204);
      expect(out.body).toBe('');
      expect(codeOf(await api.post('/auth/refresh', { refresh_token: json.refresh_token }))).toBe(
        'INVALID_CREDENTIALS',
      );

      const refresh = cookieValue(setCookies(await login('cookie'))['directus_refresh_token']);
      const cookieOut = await api.post('/auth/logout', {}, { cookie: `directus_refresh_token=${refresh}` });
      expect(cookieOut.statusCode).toBe(204);
      const cleared = setCookies(cookieOut)['directus_refresh_token'];
      expect(cleared).toMatch(/^directus_refresh_token=;/);
      expect(cleared).toContain('Expires=Thu, 01 Jan 1970');
      expect(cleared).toContain('Path=/');

      const session = cookieValue(setCookies(await login('session'))['directus_session_token']);
      const sessionCookie = { cookie: `directus_session_token=${session}` };
      const sessionOut = await api.post('/auth/logout', { mode: 'session' }, sessionCookie);
      expect(sessionOut.statusCode).toBe(204);
      expect(setCookies(sessionOut)['directus_session_token']).toMatch(/^directus_session_token=;/);
      // The access token in the old cookie names an ended session: refused, and the cookie cleared again.
      const stale = await api.get('/users/me', sessionCookie);
      expect(stale.statusCode).toBe(401);
      expect(codeOf(stale)).toBe('INVALID_CREDENTIALS');
      expect(setCookies(stale)['directus_session_token']).toMatch(/^directus_session_token=;/);
      // ...but it does not stop the client from logging in again.
      const again = await api.post(
        '/auth/login',
        { email: 'tok@example.com', password: 'pw-tokens' },
        sessionCookie,
      );
      expect(again.statusCode).toBe(200);

      expect((await api.post('/auth/logout', {})).statusCode).toBe(400);
    });

    it('refuses a refresh for a user suspended since with USER_SUSPENDED, and their tokens soon after', async () => {
      const other = await api.addUser({ email: 'later@example.com', password: 'pw-later' });
      const data = (
        await api.post('/auth/login', { email: 'later@example.com', password: 'pw-later' })
      ).json().data;
      await api.database.kysely
        .updateTable('directus_users')
        .set({ status: 'suspended' })
        .where('id', '=', other)
        .execute();
      const response = await api.post('/auth/refresh', { refresh_token: data.refresh_token });
      expect(response.statusCode).toBe(401);
      expect(codeOf(response)).toBe('USER_SUSPENDED');
      // A direct database edit shows once the access cache's CACHE_SYSTEM_TTL (here 300 ms) has passed;
      // changes made through the server's own services drop the cached entry at once.
      await new Promise((resolve) => setTimeout(resolve, 350));
      expect(codeOf(await api.get('/users/me', bearer(data.access_token)))).toBe('INVALID_CREDENTIALS');
    });
  });
}
