import {
  acceptUserInvite,
  createDirectus,
  inviteUser,
  passwordRequest,
  passwordReset,
  registerUser,
  rest,
  staticToken,
} from '@directus/sdk';
import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccountsServer, createAccountsServer, PUBLIC_URL, signTestToken } from './accounts-fixture.js';
import { codeOf, ROLE } from './auth-fixture.js';
import { linkOf } from './mail-catcher.js';

for (const engine of listTestEngines()) {
  warnSkipped(engine, 'password reset, magic link, invite and registration email tests', '@plinth/server');
  describe.skipIf(!engine.url)(`account emails on ${engine.client}`, () => {
    let server: AccountsServer;
    let url: string;

    beforeAll(async () => {
      server = await createAccountsServer(engine, {
        PASSWORD_RESET_URL_ALLOW_LIST: 'https://app.example.com/reset',
        MAGIC_LINK_TTL: '10m',
      });
      await server.api.server.app.listen({ port: 0, host: '127.0.0.1' });
      const address = server.api.server.app.server.address();
      url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    });
    afterAll(async () => {
      await server?.close();
    });

    describe('password reset', () => {
      it('mails a link that sets a new password once, and ends the sessions', async () => {
        const { api, mail } = server;
        await api.addUser({ email: 'reset@example.com', password: 'old-password' });
        const before = await api.post('/auth/login', {
          email: 'reset@example.com',
          password: 'old-password',
        });
        const refreshToken = before.json().data.refresh_token;

        const client = createDirectus(url).with(rest());
        await client.request(passwordRequest('Reset@Example.com'));
        const email = await mail.next('reset@example.com');
        expect(email.subject).toContain('Plinth Test');
        expect(email.html).toContain('href=');
        const { url: link, token } = linkOf(email);
        expect(`${link.origin}${link.pathname}`).toBe(`${PUBLIC_URL}/admin/reset-password`);
        expect(decodeJwt(token)).toMatchObject({ scope: 'password-reset', email: 'reset@example.com' });

        await client.request(passwordReset(token, 'new-password'));
        const oldLogin = await api.post('/auth/login', {
          email: 'reset@example.com',
          password: 'old-password',
        });
        expect(codeOf(oldLogin)).toBe('INVALID_CREDENTIALS');
        const newLogin = await api.post('/auth/login', {
          email: 'reset@example.com',
          password: 'new-password',
        });
        expect(newLogin.statusCode).toBe(200);
        const refresh = await api.post('/auth/refresh', { refresh_token: refreshToken });
        expect(codeOf(refresh)).toBe('INVALID_CREDENTIALS');

        const again = await api.post('/auth/password/reset', { token, password: 'third-password' });
        expect(again.statusCode).toBe(403);
        expect(codeOf(again)).toBe('FORBIDDEN');
      });

      it('answers 204 for unknown emails and other providers, and sends nothing', async () => {
        const { api, mail } = server;
        await api.addUser({ email: 'sso@example.com', provider: 'github' });
        expect((await api.post('/auth/password/request', { email: 'nobody@example.com' })).statusCode).toBe(
          204,
        );
        expect((await api.post('/auth/password/request', { email: 'sso@example.com' })).statusCode).toBe(204);
        expect(await mail.nothingFor('nobody@example.com', 300)).toBe(true);
        expect(mail.received.some((entry) => entry.to.includes('sso@example.com'))).toBe(false);
      });

      it('uses an allowed reset_url and refuses any other', async () => {
        const { api, mail } = server;
        await api.addUser({ email: 'allowed@example.com', password: 'some-password' });
        const allowed = await api.post('/auth/password/request', {
          email: 'allowed@example.com',
          reset_url: 'https://app.example.com/reset',
        });
        expect(allowed.statusCode).toBe(204);
        expect(linkOf(await mail.next('allowed@example.com')).url.origin).toBe('https://app.example.com');
        const refused = await api.post('/auth/password/request', {
          email: 'allowed@example.com',
          reset_url: 'https://evil.example.com/reset',
        });
        expect(refused.statusCode).toBe(400);
        expect(codeOf(refused)).toBe('INVALID_PAYLOAD');
      });

      it('refuses expired, tampered, foreign-scope and policy-breaking resets', async () => {
        const { api, mail } = server;
        await api.addUser({ email: 'policy@example.com', password: 'some-password' });
        const expired = await signTestToken(
          { scope: 'password-reset', email: 'policy@example.com', hash: 'x' },
          Date.now() - 5_000,
        );
        expect(codeOf(await api.post('/auth/password/reset', { token: expired, password: 'p' }))).toBe(
          'TOKEN_EXPIRED',
        );
        expect((await api.post('/auth/password/reset', { token: expired, password: 'p' })).statusCode).toBe(
          401,
        );
        const garbage = await api.post('/auth/password/reset', { token: 'not-a-token', password: 'p' });
        expect([garbage.statusCode, codeOf(garbage)]).toEqual([403, 'INVALID_TOKEN']);
        const wrongScope = await signTestToken(
          { scope: 'invite', email: 'policy@example.com' },
          Date.now() + 60_000,
        );
        const scoped = await api.post('/auth/password/reset', { token: wrongScope, password: 'p' });
        expect([scoped.statusCode, codeOf(scoped)]).toEqual([403, 'FORBIDDEN']);
        expect(codeOf(await api.post('/auth/password/reset', { password: 'p' }))).toBe('INVALID_PAYLOAD');

        await api.database.kysely
          .updateTable('directus_settings')
          .set({ auth_password_policy: '/^.{12,}$/' })
          .execute();
        if (!(await api.database.kysely.selectFrom('directus_settings').select('id').executeTakeFirst())) {
          await api.database.kysely
            .insertInto('directus_settings')
            .values({ auth_password_policy: '/^.{12,}$/' })
            .execute();
        }
        try {
          await api.post('/auth/password/request', { email: 'policy@example.com' });
          const { token } = linkOf(await mail.next('policy@example.com'));
          const weak = await api.post('/auth/password/reset', { token, password: 'short' });
          expect([weak.statusCode, codeOf(weak)]).toEqual([400, 'FAILED_VALIDATION']);
          expect(weak.json().errors[0].extensions).toMatchObject({ field: 'password', type: 'regex' });
          const strong = await api.post('/auth/password/reset', { token, password: 'long-enough-password' });
          expect(strong.statusCode).toBe(204);
        } finally {
          await api.database.kysely
            .updateTable('directus_settings')
            .set({ auth_password_policy: null })
            .execute();
        }
      });
    });

    describe('magic links', () => {
      it('mails a one-time link that logs in like /auth/login', async () => {
        const { api, mail } = server;
        await api.addUser({ email: 'magic@example.com', password: 'magic-password' });
        const request = await api.post('/auth/magic-link/request', { email: 'magic@example.com' });
        expect(request.statusCode).toBe(204);
        const email = await mail.next('magic@example.com');
        const { url: link, token } = linkOf(email);
        expect(`${link.origin}${link.pathname}`).toBe(`${PUBLIC_URL}/admin/magic-link`);
        const claims = decodeJwt(token);
        expect(claims.scope).toBe('magic-link');
        expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(600);

        const login = await api.post('/auth/magic-link/login', { token });
        expect(login.statusCode).toBe(200);
        const data = login.json().data;
        expect(Object.keys(data).sort()).toEqual(['access_token', 'expires', 'refresh_token']);
        const me = await api.get('/users/me', { authorization: `Bearer ${data.access_token}` });
        expect(me.json().data.email).toBe('magic@example.com');

        const again = await api.post('/auth/magic-link/login', { token });
        expect([again.statusCode, codeOf(again)]).toEqual([403, 'FORBIDDEN']);
      });

      it('logs in in cookie mode', async () => {
        const { api, mail } = server;
        await api.addUser({ email: 'magic-cookie@example.com' });
        await api.post('/auth/magic-link/request', { email: 'magic-cookie@example.com' });
        const { token } = linkOf(await mail.next('magic-cookie@example.com'));
        const login = await api.post('/auth/magic-link/login', { token, mode: 'cookie' });
        expect(login.statusCode).toBe(200);
        expect(login.json().data.refresh_token).toBeUndefined();
        expect(String(login.headers['set-cookie'])).toContain('directus_refresh_token=');
      });

      it('dies when the user logs in another way first, and when it expires', async () => {
        const { api, mail } = server;
        const id = await api.addUser({ email: 'magic-late@example.com', password: 'late-password' });
        await api.post('/auth/magic-link/request', { email: 'magic-late@example.com' });
        const { token } = linkOf(await mail.next('magic-late@example.com'));
        await new Promise((resolve) => setTimeout(resolve, 20));
        await api.post('/auth/login', { email: 'magic-late@example.com', password: 'late-password' });
        expect(codeOf(await api.post('/auth/magic-link/login', { token }))).toBe('FORBIDDEN');

        const expired = await signTestToken(
          { scope: 'magic-link', id, issued: Date.now() },
          Date.now() - 1_000,
        );
        const late = await api.post('/auth/magic-link/login', { token: expired });
        expect([late.statusCode, codeOf(late)]).toEqual([401, 'TOKEN_EXPIRED']);
      });

      it('answers 204 for unknown emails and refuses disallowed redirects', async () => {
        const { api } = server;
        expect((await api.post('/auth/magic-link/request', { email: 'ghost@example.com' })).statusCode).toBe(
          204,
        );
        const refused = await api.post('/auth/magic-link/request', {
          email: 'ghost@example.com',
          redirect_url: 'https://evil.example.com/',
        });
        expect(codeOf(refused)).toBe('INVALID_PAYLOAD');
      });

      it('asks users with two-factor for their code', async () => {
        const { api, mail } = server;
        await api.addUser({ email: 'magic-tfa@example.com', tfa_secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' });
        await api.post('/auth/magic-link/request', { email: 'magic-tfa@example.com' });
        const { token } = linkOf(await mail.next('magic-tfa@example.com'));
        expect(codeOf(await api.post('/auth/magic-link/login', { token }))).toBe('INVALID_OTP');
      });
    });

    describe('invitations', () => {
      it('invites, accepts once, then logs in (through @directus/sdk)', async () => {
        const { api, mail } = server;
        const admin = await server.addAdmin('inviter@example.com');
        const client = createDirectus(url)
          .with(rest())
          .with(staticToken(String(admin['authorization']).slice(7)));
        await client.request(inviteUser('invitee@example.com', ROLE));
        const row = await api.database.kysely
          .selectFrom('directus_users')
          .select(['status', 'role'])
          .where('email', '=', 'invitee@example.com')
          .executeTakeFirstOrThrow();
        expect(row).toEqual({ status: 'invited', role: ROLE });

        const { url: link, token } = linkOf(await mail.next('invitee@example.com'));
        expect(link.pathname).toBe('/admin/accept-invite');
        await client.request(acceptUserInvite(token, 'invitee-password'));
        const login = await api.post('/auth/login', {
          email: 'invitee@example.com',
          password: 'invitee-password',
        });
        expect(login.statusCode).toBe(200);

        const again = await api.post('/users/invite/accept', { token, password: 'other-password' });
        expect([again.statusCode, codeOf(again)]).toEqual([400, 'INVALID_INVITE']);
      });

      it('is for admins only, and checks the role and the url', async () => {
        const { api } = server;
        await api.addUser({ email: 'plain@example.com', password: 'plain-password' });
        const plain = await server.login('plain@example.com', 'plain-password');
        const refused = await api.post('/users/invite', { email: 'x@example.com', role: ROLE }, plain);
        expect([refused.statusCode, codeOf(refused)]).toEqual([403, 'FORBIDDEN']);
        const admin = await server.login('inviter@example.com', 'admin-password');
        const badRole = await api.post(
          '/users/invite',
          { email: 'x@example.com', role: '10000000-0000-4000-8000-00000000ffff' },
          admin,
        );
        expect(codeOf(badRole)).toBe('INVALID_PAYLOAD');
        const badUrl = await api.post(
          '/users/invite',
          { email: 'x@example.com', role: ROLE, invite_url: 'https://evil.example.com' },
          admin,
        );
        expect(codeOf(badUrl)).toBe('INVALID_PAYLOAD');
        const noEmail = await api.post('/users/invite', { role: ROLE }, admin);
        expect(codeOf(noEmail)).toBe('INVALID_PAYLOAD');
      });
    });

    describe('registration', () => {
      const setRegistration = async (values: Record<string, unknown>) => {
        const db = server.api.database.kysely;
        const existing = await db.selectFrom('directus_settings').select('id').executeTakeFirst();
        if (existing) await db.updateTable('directus_settings').set(values).execute();
        else await db.insertInto('directus_settings').values(values).execute();
      };

      it('is refused while public registration is off', async () => {
        await setRegistration({ public_registration: false });
        const response = await server.api.post('/users/register', {
          email: 'closed@example.com',
          password: 'pw-123456',
        });
        expect([response.statusCode, codeOf(response)]).toEqual([403, 'FORBIDDEN']);
      });

      it('activates at once without verification', async () => {
        await setRegistration({
          public_registration: true,
          public_registration_verify_email: false,
          public_registration_role: ROLE,
        });
        const client = createDirectus(url).with(rest());
        await client.request(registerUser('open@example.com', 'open-password', { first_name: 'Open' }));
        const row = await server.api.database.kysely
          .selectFrom('directus_users')
          .select(['status', 'role', 'first_name'])
          .where('email', '=', 'open@example.com')
          .executeTakeFirstOrThrow();
        expect(row).toEqual({ status: 'active', role: ROLE, first_name: 'Open' });
        expect(
          (await server.api.post('/auth/login', { email: 'open@example.com', password: 'open-password' }))
            .statusCode,
        ).toBe(200);
      });

      it('keeps the user unverified until the emailed link is followed, once', async () => {
        const { api, mail } = server;
        await setRegistration({
          public_registration: true,
          public_registration_verify_email: true,
          public_registration_role: ROLE,
        });
        const response = await api.post('/users/register', {
          email: 'verify@example.com',
          password: 'verify-password',
        });
        expect(response.statusCode).toBe(204);
        const unverified = await api.post('/auth/login', {
          email: 'verify@example.com',
          password: 'verify-password',
        });
        expect(codeOf(unverified)).toBe('INVALID_CREDENTIALS');

        const { url: link } = linkOf(await mail.next('verify@example.com'));
        expect(link.pathname).toBe('/users/register/verify-email');
        const verified = await api.get(`${link.pathname}${link.search}`);
        expect(verified.statusCode).toBe(302);
        expect(verified.headers.location).toMatch(/\/admin\/users\/[0-9a-f-]{36}$/);
        expect(
          (await api.post('/auth/login', { email: 'verify@example.com', password: 'verify-password' }))
            .statusCode,
        ).toBe(200);

        const again = await api.get(`${link.pathname}${link.search}`);
        expect(again.headers.location).toBe(`${PUBLIC_URL}/admin/login`);
      });

      it('says nothing about emails that already have an account', async () => {
        const response = await server.api.post('/users/register', {
          email: 'open@example.com',
          password: 'another-password',
        });
        expect(response.statusCode).toBe(204);
        expect(await server.mail.nothingFor('open@example.com', 200)).toBe(true);
        expect(
          (await server.api.post('/auth/login', { email: 'open@example.com', password: 'open-password' }))
            .statusCode,
        ).toBe(200);
      });
    });
  });
}
