import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_ROLE,
  type AuthServer,
  codeOf,
  cookieValue,
  createAuthServer,
  ROLE,
  setCookies,
} from './auth-fixture.js';
import { type OidcTestProvider, startOidcTestProvider, walkProvider } from './oidc-test-provider.js';

const PUBLIC_URL = 'http://plinth.test';
const CALLBACK = (name: string) => `${PUBLIC_URL}/auth/login/${name}/callback`;

// oidc-provider plays a plain OAuth2 server here: Plinth is given its authorization, token and
// user-info endpoints (no discovery, no ID token checks) as an `oauth2` provider would be.
for (const engine of listTestEngines()) {
  warnSkipped(engine, 'OAuth2 login and SSO role mapping tests', '@plinth/server');
  describe.skipIf(!engine.url)(
    `OAuth2 login and role mapping against oidc-provider on ${engine.client}`,
    () => {
      let idp: OidcTestProvider;
      let api: AuthServer;

      beforeAll(async () => {
        idp = await startOidcTestProvider([CALLBACK('hub'), CALLBACK('oidc')]);
        idp.accounts.set('erin-sub', { email: 'Erin@Example.com', given_name: 'Erin', groups: 'staff' });
        idp.accounts.set('frank-sub', { email: 'frank@example.com', groups: ['staff', 'admins'] });
        idp.accounts.set('grace-sub', { email: 'grace@example.com', groups: ['admins'] });
        const client = (name: string) => ({
          [`AUTH_${name}_CLIENT_ID`]: idp.clientId,
          [`AUTH_${name}_CLIENT_SECRET`]: idp.clientSecret,
        });
        api = await createAuthServer(engine, {
          PUBLIC_URL,
          AUTH_PROVIDERS: 'hub,oidc',
          AUTH_HUB_DRIVER: 'oauth2',
          ...client('HUB'),
          AUTH_HUB_AUTHORIZE_URL: `${idp.issuer}/auth`,
          AUTH_HUB_ACCESS_URL: `${idp.issuer}/token`,
          AUTH_HUB_PROFILE_URL: `${idp.issuer}/me`,
          // The user-info endpoint needs the openid scope; the email is the identifier (the default).
          AUTH_HUB_SCOPE: 'openid email profile',
          AUTH_HUB_ALLOW_PUBLIC_REGISTRATION: 'true',
          AUTH_HUB_DEFAULT_ROLE_ID: ROLE,
          AUTH_OIDC_DRIVER: 'openid',
          ...client('OIDC'),
          AUTH_OIDC_ISSUER_URL: idp.issuer,
          AUTH_OIDC_ALLOW_PUBLIC_REGISTRATION: 'true',
          AUTH_OIDC_DEFAULT_ROLE_ID: ROLE,
          AUTH_OIDC_ROLE_MAPPING: `json:{"admins":"${ADMIN_ROLE}"}`,
          AUTH_OIDC_GROUP_CLAIM_NAME: 'groups',
          LOGIN_THROTTLE_IP_POINTS: '40',
        });
      });
      afterAll(async () => {
        await api?.close();
        await idp?.close();
      });

      async function start(provider: string, driver: string, query = '') {
        const response = await api.get(`/auth/login/${provider}${query}`);
        expect(response.statusCode).toBe(302);
        const setCookie = setCookies(response)[`${driver}.${provider}`];
        expect(setCookie).toContain('HttpOnly');
        return {
          location: String(response.headers.location),
          cookie: `${driver}.${provider}=${cookieValue(setCookie)}`,
        };
      }

      async function dance(provider: string, driver: string, login: string, query = '') {
        const { location, cookie } = await start(provider, driver, query);
        const back = await walkProvider(location, login, CALLBACK(provider));
        return api.get(`${back.pathname}${back.search}`, { cookie });
      }

      const userBy = (column: string, value: string) =>
        api.database.kysely
          .selectFrom('directus_users')
          .selectAll()
          .where(column, '=', value)
          .executeTakeFirst();
      const roleOf = async (response: LightMyRequestResponse) => {
        const me = await api.get('/users/me?fields=role', {
          authorization: `Bearer ${response.json().data.access_token}`,
        });
        return me.json().data.role;
      };

      describe('oauth2 driver', () => {
        it('sends the browser to the configured authorization URL with state and PKCE, no nonce', async () => {
          const { location } = await start('hub', 'oauth2');
          const url = new URL(location);
          expect(`${url.origin}${url.pathname}`).toBe(`${idp.issuer}/auth`);
          expect(url.searchParams.get('redirect_uri')).toBe(CALLBACK('hub'));
          expect(url.searchParams.get('code_challenge_method')).toBe('S256');
          expect(url.searchParams.get('state')).toBeTruthy();
          expect(url.searchParams.get('nonce')).toBeNull();
          expect(url.searchParams.get('scope')).toBe('openid email profile');
        });

        it('signs a new user up from the profile URL, identified by the email as sent', async () => {
          const response = await dance('hub', 'oauth2', 'erin-sub');
          expect(response.statusCode).toBe(200);
          const user = await userBy('external_identifier', 'Erin@Example.com');
          expect(user).toMatchObject({
            provider: 'hub',
            email: 'erin@example.com',
            first_name: 'Erin',
            role: ROLE,
            status: 'active',
          });
          const me = await api.get('/users/me', {
            authorization: `Bearer ${response.json().data.access_token}`,
          });
          expect(me.json().data.id).toBe(user?.['id']);
          // No role mapping on this provider: the groups claim changes nothing.
          expect(await roleOf(response)).toBe(ROLE);
          // As in Directus, a sign-up by the provider is the system's doing: only the login is recorded.
          const activity = await api.database.kysely
            .selectFrom('directus_activity')
            .select('action')
            .where('item', '=', String(user?.['id']))
            .execute();
          expect(activity.map((row) => row.action)).toEqual(['login']);
        });

        it('logs an existing user in with a session cookie and a 302, without a second user', async () => {
          const id = await api.addUser({
            email: 'frank@example.com',
            provider: 'hub',
            external_identifier: 'frank@example.com',
          });
          const response = await dance(
            'hub',
            'oauth2',
            'frank-sub',
            `?redirect=${encodeURIComponent(`${PUBLIC_URL}/admin/content`)}`,
          );
          expect(response.statusCode).toBe(302);
          expect(response.headers.location).toBe(`${PUBLIC_URL}/admin/content`);
          const session = cookieValue(setCookies(response)['directus_session_token']);
          const me = await api.get('/users/me', { cookie: `directus_session_token=${session}` });
          expect(me.json().data.id).toBe(id);
          const users = await api.database.kysely
            .selectFrom('directus_users')
            .select('id')
            .where('email', '=', 'frank@example.com')
            .execute();
          expect(users).toHaveLength(1);
          const activity = await api.database.kysely
            .selectFrom('directus_activity')
            .select(['action', 'collection', 'item'])
            .where('user', '=', id)
            .execute();
          expect(activity).toEqual([{ action: 'login', collection: 'directus_users', item: id }]);
        });

        it('refuses a tampered state, and the untouched answer still works', async () => {
          const { location, cookie } = await start('hub', 'oauth2');
          const back = await walkProvider(location, 'erin-sub', CALLBACK('hub'));
          const state = back.searchParams.get('state') ?? '';
          back.searchParams.set('state', 'forged-state');
          const forged = await api.get(`${back.pathname}${back.search}`, { cookie });
          expect(forged.statusCode).toBe(401);
          expect(codeOf(forged)).toBe('INVALID_CREDENTIALS');
          back.searchParams.set('state', state);
          expect((await api.get(`${back.pathname}${back.search}`, { cookie })).statusCode).toBe(200);
        });
      });

      describe('role mapping from the group claim', () => {
        it('gives a new user the role of a mapped group, and the default role otherwise', async () => {
          expect(await roleOf(await dance('oidc', 'openid', 'grace-sub'))).toBe(ADMIN_ROLE);
          idp.accounts.set('ivy-sub', { email: 'ivy@example.com', groups: ['staff'] });
          expect(await roleOf(await dance('oidc', 'openid', 'ivy-sub'))).toBe(ROLE);
        });

        it("brings an existing user's role up to date at every login", async () => {
          idp.accounts.set('henry-sub', { email: 'henry@example.com', groups: ['staff'] });
          const id = await api.addUser({
            email: 'henry@example.com',
            provider: 'oidc',
            external_identifier: 'henry-sub',
            role: null,
          });
          expect(await roleOf(await dance('oidc', 'openid', 'henry-sub'))).toBe(ROLE);
          idp.accounts.set('henry-sub', { email: 'henry@example.com', groups: ['staff', 'admins'] });
          expect(await roleOf(await dance('oidc', 'openid', 'henry-sub'))).toBe(ADMIN_ROLE);
          idp.accounts.set('henry-sub', { email: 'henry@example.com' });
          expect(await roleOf(await dance('oidc', 'openid', 'henry-sub'))).toBe(ROLE);
          expect((await userBy('id', id))?.['role']).toBe(ROLE);
        });
      });

      describe('throttling', () => {
        it('counts callbacks against the IP: a flood of forged ones ends in REQUESTS_EXCEEDED', async () => {
          let last: LightMyRequestResponse | undefined;
          for (let attempt = 0; attempt < 45; attempt++) {
            last = await api.get('/auth/login/hub/callback?code=forged&state=forged', {
              'x-forwarded-for': '203.0.113.9',
            });
            if (last.statusCode === 429) break;
          }
          expect(last?.statusCode).toBe(429);
          expect(codeOf(last!)).toBe('REQUESTS_EXCEEDED');
        });
      });
    },
  );
}
