import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthServer, codeOf, cookieValue, createAuthServer, ROLE, setCookies } from './auth-fixture.js';
import { type OidcTestProvider, startOidcTestProvider, walkProvider } from './oidc-test-provider.js';

const PUBLIC_URL = 'http://plinth.test';
const CALLBACK = (name: string) => `${PUBLIC_URL}/auth/login/${name}/callback`;

for (const engine of listTestEngines()) {
  warnSkipped(engine, 'OpenID login tests', '@plinth/server');
  describe.skipIf(!engine.url)(`OpenID login against oidc-provider on ${engine.client}`, () => {
    let idp: OidcTestProvider;
    let api: AuthServer;

    beforeAll(async () => {
      idp = await startOidcTestProvider([CALLBACK('idp'), CALLBACK('closed')]);
      idp.accounts.set('alice-sub', {
        email: 'Alice@Example.com',
        email_verified: true,
        given_name: 'Alice',
        family_name: 'Liddell',
      });
      idp.accounts.set('bob-sub', { email: 'bob@example.com', email_verified: true, given_name: 'Bob' });
      idp.accounts.set('carol-sub', { email: 'carol@example.com', email_verified: true });
      idp.accounts.set('dave-sub', { email: 'dave@example.com', email_verified: true });
      const openid = (name: string) => ({
        [`AUTH_${name}_DRIVER`]: 'openid',
        [`AUTH_${name}_ISSUER_URL`]: idp.issuer,
        [`AUTH_${name}_CLIENT_ID`]: idp.clientId,
        [`AUTH_${name}_CLIENT_SECRET`]: idp.clientSecret,
      });
      api = await createAuthServer(engine, {
        PUBLIC_URL,
        AUTH_PROVIDERS: 'idp,closed,broken',
        ...openid('IDP'),
        AUTH_IDP_ALLOW_PUBLIC_REGISTRATION: 'true',
        AUTH_IDP_DEFAULT_ROLE_ID: ROLE,
        AUTH_IDP_REDIRECT_ALLOW_LIST: 'http://app.test/sso/done',
        ...openid('CLOSED'),
        AUTH_CLOSED_MODE: 'cookie',
        AUTH_CLOSED_LINK_BY_EMAIL: 'true',
        AUTH_BROKEN_DRIVER: 'openid',
      });
    });
    afterAll(async () => {
      await api?.close();
      await idp?.close();
    });

    /** Starts a login at Plinth; returns the IdP URL and the flow cookie as a request header. */
    async function start(provider: string, query = '') {
      const response = await api.get(`/auth/login/${provider}${query}`);
      expect(response.statusCode).toBe(302);
      const setCookie = setCookies(response)[`openid.${provider}`];
      expect(setCookie).toContain('HttpOnly');
      return {
        location: String(response.headers.location),
        cookie: `openid.${provider}=${setCookie?.split(';')[0]?.split('=').slice(1).join('=')}`,
      };
    }

    /** The whole dance: Plinth → IdP (signed in as `login`) → Plinth's callback. */
    async function dance(provider: string, login: string, query = ''): Promise<LightMyRequestResponse> {
      const { location, cookie } = await start(provider, query);
      const back = await walkProvider(location, login, CALLBACK(provider));
      return api.get(`${back.pathname}${back.search}`, { cookie });
    }

    const userBy = (column: string, value: string) =>
      api.database.kysely
        .selectFrom('directus_users')
        .selectAll()
        .where(column, '=', value)
        .executeTakeFirst();

    it('sends the browser to the provider with state, nonce and an S256 PKCE challenge', async () => {
      const { location } = await start('idp');
      const url = new URL(location);
      expect(url.origin).toBe(idp.issuer);
      expect(url.searchParams.get('redirect_uri')).toBe(CALLBACK('idp'));
      expect(url.searchParams.get('code_challenge_method')).toBe('S256');
      expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
      expect(url.searchParams.get('state')).toBeTruthy();
      expect(url.searchParams.get('nonce')).toBeTruthy();
      expect(url.searchParams.get('scope')).toBe('openid profile email');
    });

    it('signs a new user up and answers JSON tokens when there is no redirect', async () => {
      const response = await dance('idp', 'alice-sub');
      expect(response.statusCode).toBe(200);
      const { data } = response.json();
      expect(Object.keys(data).sort()).toEqual(['access_token', 'expires', 'refresh_token']);
      const user = await userBy('external_identifier', 'alice-sub');
      expect(user).toMatchObject({
        provider: 'idp',
        email: 'alice@example.com',
        first_name: 'Alice',
        last_name: 'Liddell',
        role: ROLE,
        status: 'active',
      });
      const me = await api.get('/users/me', { authorization: `Bearer ${data.access_token}` });
      expect(me.statusCode).toBe(200);
      expect(me.json().data.id).toBe(user?.['id']);
    });

    it('logs an existing user in with a session cookie and a 302 to the redirect', async () => {
      const id = await api.addUser({
        email: 'bob@example.com',
        provider: 'idp',
        external_identifier: 'bob-sub',
      });
      const response = await dance(
        'idp',
        'bob-sub',
        `?redirect=${encodeURIComponent(`${PUBLIC_URL}/admin/content`)}`,
      );
      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toBe(`${PUBLIC_URL}/admin/content`);
      const session = cookieValue(setCookies(response)['directus_session_token']);
      expect(session.split('.')).toHaveLength(3);
      const me = await api.get('/users/me', { cookie: `directus_session_token=${session}` });
      expect(me.json().data.id).toBe(id);
      const users = await api.database.kysely
        .selectFrom('directus_users')
        .select('id')
        .where('email', '=', 'bob@example.com')
        .execute();
      expect(users).toHaveLength(1);
    });

    it('refuses sign-up where it is not allowed, back at the redirect with the reason', async () => {
      const response = await dance(
        'closed',
        'carol-sub',
        `?redirect=${encodeURIComponent('http://plinth.test/app')}`,
      );
      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toBe('http://plinth.test/app?reason=INVALID_CREDENTIALS');
      expect(await userBy('external_identifier', 'carol-sub')).toBeUndefined();
    });

    it('links a pre-created user by verified email, and hands a refresh cookie in cookie mode', async () => {
      const id = await api.addUser({ email: 'dave@example.com', provider: 'closed' });
      const response = await dance(
        'closed',
        'dave-sub',
        `?redirect=${encodeURIComponent('http://plinth.test/app')}`,
      );
      expect(response.headers.location).toBe('http://plinth.test/app');
      expect(cookieValue(setCookies(response)['directus_refresh_token'])).toMatch(/^[\w-]{64}$/);
      expect((await userBy('id', id))?.['external_identifier']).toBe('dave-sub');
    });

    it('refuses a tampered state', async () => {
      const { location, cookie } = await start(
        'idp',
        `?redirect=${encodeURIComponent('http://app.test/sso/done')}`,
      );
      const back = await walkProvider(location, 'alice-sub', CALLBACK('idp'));
      back.searchParams.set('state', 'forged-state');
      const response = await api.get(`${back.pathname}${back.search}`, { cookie });
      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toBe('http://app.test/sso/done?reason=INVALID_CREDENTIALS');
      expect(setCookies(response)['directus_session_token']).toBeUndefined();
      // The same answer with its own state goes through: only the state was wrong.
      const { cookie: again } = await start('idp');
      const honest = await api.get(
        `${back.pathname}${back.search.replace('forged-state', new URL(location).searchParams.get('state') ?? '')}`,
        { cookie },
      );
      expect(again).not.toBe(cookie);
      expect(honest.statusCode).toBe(302);
      expect(honest.headers.location).toBe('http://app.test/sso/done');
    });

    it('refuses a callback without its PKCE cookie, or with a forged one', async () => {
      const { location, cookie } = await start('idp');
      const back = await walkProvider(location, 'alice-sub', CALLBACK('idp'));
      const missing = await api.get(`${back.pathname}${back.search}`);
      expect(missing.statusCode).toBe(401);
      expect(codeOf(missing)).toBe('INVALID_CREDENTIALS');
      const forged = await api.get(`${back.pathname}${back.search}`, { cookie: `${cookie.slice(0, -3)}abc` });
      expect(codeOf(forged)).toBe('INVALID_CREDENTIALS');
      // The untouched cookie still works once: the code was not used up by the refusals.
      const ok = await api.get(`${back.pathname}${back.search}`, { cookie });
      expect(ok.statusCode).toBe(200);
    });

    it('turns a form_post callback into a 303 to the GET callback', async () => {
      const response = await api.post('/auth/login/idp/callback', 'code=abc&state=xyz', {
        'content-type': 'application/x-www-form-urlencoded',
      });
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe('/auth/login/idp/callback?code=abc&state=xyz');
    });

    it('refuses a redirect outside PUBLIC_URL and the allow list', async () => {
      for (const redirect of ['http://evil.test/', 'http://app.test/sso/other', 'javascript:alert(1)']) {
        const response = await api.get(`/auth/login/idp?redirect=${encodeURIComponent(redirect)}`);
        expect(response.statusCode).toBe(400);
        expect(codeOf(response)).toBe('INVALID_PAYLOAD');
      }
    });

    it('is listed by GET /auth', async () => {
      const response = await api.get('/auth');
      expect(response.json().data).toEqual([
        { name: 'idp', driver: 'openid' },
        { name: 'closed', driver: 'openid' },
        { name: 'broken', driver: 'openid' },
      ]);
      expect((await api.get('/auth?sessionOnly')).json().data.map((p: { name: string }) => p.name)).toEqual([
        'idp',
        'broken',
      ]);
    });

    it('answers INVALID_PROVIDER_CONFIG for a provider missing settings, ROUTE_NOT_FOUND for none', async () => {
      const broken = await api.get('/auth/login/broken');
      expect(broken.statusCode).toBe(503);
      expect(broken.json().errors[0].extensions).toMatchObject({
        code: 'INVALID_PROVIDER_CONFIG',
        provider: 'broken',
      });
      expect(codeOf(await api.get('/auth/login/nobody'))).toBe('ROUTE_NOT_FOUND');
    });
  });
}
