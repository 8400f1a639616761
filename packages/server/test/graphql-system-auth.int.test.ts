import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccountsServer, createAccountsServer } from './accounts-fixture.js';
import { cookieValue, ROLE, setCookies } from './auth-fixture.js';
import { linkOf } from './mail-catcher.js';

const otpOf = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret) }).generate();

for (const engine of listTestEngines()) {
  warnSkipped(engine, '/graphql/system auth and account tests', '@plinth/server');
  describe.skipIf(!engine.url)(`/graphql/system auth and accounts on ${engine.client}`, () => {
    let server: AccountsServer;

    const post = (query: string, headers: Record<string, string> = {}) =>
      server.api.server.app.inject({ method: 'POST', url: '/graphql/system', headers, payload: { query } });
    const gql = async (query: string, headers: Record<string, string> = {}) =>
      (await post(query, headers)).json();
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

    beforeAll(async () => {
      server = await createAccountsServer(engine);
      await server.api.addUser({ email: 'gql@example.com', password: 'gql-password' });
    });
    afterAll(async () => {
      await server?.close();
    });

    it('logs in, refreshes and logs out in json mode', async () => {
      const login = await gql(
        'mutation { auth_login(email: "gql@example.com", password: "gql-password") { access_token refresh_token expires } }',
      );
      expect(login.errors, JSON.stringify(login.errors)).toBeUndefined();
      const tokens = login.data.auth_login;
      expect(tokens.access_token).toEqual(expect.any(String));
      expect(Number(tokens.expires)).toBeGreaterThan(0);
      const me = await gql('{ users_me { email } }', bearer(tokens.access_token));
      expect(me.data.users_me).toEqual({ email: 'gql@example.com' });

      const refreshed = await gql(
        `mutation { auth_refresh(refresh_token: "${tokens.refresh_token}", mode: json) { access_token refresh_token } }`,
      );
      expect(refreshed.errors, JSON.stringify(refreshed.errors)).toBeUndefined();
      const next = refreshed.data.auth_refresh;
      expect(next.refresh_token).not.toBe(tokens.refresh_token);
      const reused = await gql(
        `mutation { auth_refresh(refresh_token: "${tokens.refresh_token}") { access_token } }`,
      );
      expect(reused.errors[0].extensions.code).toBe('INVALID_CREDENTIALS');

      const logout = await gql(`mutation { auth_logout(refresh_token: "${next.refresh_token}") }`);
      expect(logout).toEqual({ data: { auth_logout: true } });
      const after = await gql(
        `mutation { auth_refresh(refresh_token: "${next.refresh_token}") { access_token } }`,
      );
      expect(after.errors[0].extensions.code).toBe('INVALID_CREDENTIALS');
      const missing = await gql('mutation { auth_logout(mode: json) }');
      expect(missing.errors[0].extensions.code).toBe('INVALID_PAYLOAD');
    });

    it('answers a wrong password with INVALID_CREDENTIALS in-band', async () => {
      const response = await post(
        'mutation { auth_login(email: "gql@example.com", password: "wrong") { access_token } }',
      );
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        data: { auth_login: null },
        errors: [{ extensions: { code: 'INVALID_CREDENTIALS' }, path: ['auth_login'] }],
      });
    });

    it('sets and reads the refresh cookie in cookie mode and the session cookie in session mode', async () => {
      const login = await post(
        'mutation { auth_login(email: "gql@example.com", password: "gql-password", mode: cookie) { access_token refresh_token } }',
      );
      const body = login.json();
      expect(body.data.auth_login.refresh_token).toBeNull();
      const refreshCookie = setCookies(login)['directus_refresh_token'];
      expect(refreshCookie).toContain('HttpOnly');
      const refreshed = await post('mutation { auth_refresh(mode: cookie) { access_token } }', {
        cookie: `directus_refresh_token=${cookieValue(refreshCookie)}`,
      });
      expect(refreshed.json().data.auth_refresh.access_token).toEqual(expect.any(String));
      expect(setCookies(refreshed)['directus_refresh_token']).toBeDefined();

      const session = await post(
        'mutation { auth_login(email: "gql@example.com", password: "gql-password", mode: session) { access_token expires } }',
      );
      expect(session.json().data.auth_login.access_token).toBeNull();
      const sessionCookie = cookieValue(setCookies(session)['directus_session_token']);
      const cookie = { cookie: `directus_session_token=${sessionCookie}` };
      expect((await gql('{ users_me { email } }', cookie)).data.users_me).toEqual({
        email: 'gql@example.com',
      });
      const logout = await post('mutation { auth_logout(mode: session) }', cookie);
      expect(logout.json()).toEqual({ data: { auth_logout: true } });
      expect(setCookies(logout)['directus_session_token']).toMatch(/Expires=Thu, 01 Jan 1970/);
    });

    it('generates and enables two-factor, which login then needs', async () => {
      await server.api.addUser({ email: 'tfa-gql@example.com', password: 'tfa-password' });
      const headers = await server.login('tfa-gql@example.com', 'tfa-password');
      const wrong = await gql('mutation { users_me_tfa_generate(password: "nope") { secret } }', headers);
      expect(wrong.errors[0].extensions.code).toBe('INVALID_CREDENTIALS');
      const generated = await gql(
        'mutation { users_me_tfa_generate(password: "tfa-password") { secret otpauth_url } }',
        headers,
      );
      expect(generated.errors, JSON.stringify(generated.errors)).toBeUndefined();
      const { secret, otpauth_url } = generated.data.users_me_tfa_generate;
      expect(otpauth_url).toMatch(/^otpauth:\/\/totp\//);
      const badOtp = await gql(`mutation { users_me_tfa_enable(secret: "${secret}", otp: "000") }`, headers);
      expect(badOtp.errors[0].extensions.code).toBe('INVALID_PAYLOAD');
      const enabled = await gql(
        `mutation { users_me_tfa_enable(secret: "${secret}", otp: "${otpOf(secret)}") }`,
        headers,
      );
      expect(enabled).toEqual({ data: { users_me_tfa_enable: true } });
      const noOtp = await gql(
        'mutation { auth_login(email: "tfa-gql@example.com", password: "tfa-password") { access_token } }',
      );
      expect(noOtp.errors[0].extensions.code).toBe('INVALID_OTP');
      const withOtp = await gql(
        `mutation { auth_login(email: "tfa-gql@example.com", password: "tfa-password", otp: "${otpOf(secret)}") { access_token } }`,
      );
      expect(withOtp.data.auth_login.access_token).toEqual(expect.any(String));
    });

    it('invites a user who accepts and logs in; refuses invitations from non-admins and closed registration', async () => {
      const admin = await server.addAdmin('gql-admin@example.com');
      const plain = await server.login('gql@example.com', 'gql-password');
      const refused = await gql(
        `mutation { users_invite(email: "nope@example.com", role: "${ROLE}") }`,
        plain,
      );
      expect(refused.errors[0].extensions.code).toBe('FORBIDDEN');
      const invited = await gql(
        `mutation { users_invite(email: "guest@example.com", role: "${ROLE}") }`,
        admin,
      );
      expect(invited).toEqual({ data: { users_invite: true } });
      const { token } = linkOf(await server.mail.next('guest@example.com'));
      const accepted = await gql(
        `mutation { users_invite_accept(token: "${token}", password: "guest-password") }`,
      );
      expect(accepted).toEqual({ data: { users_invite_accept: true } });
      const login = await gql(
        'mutation { auth_login(email: "guest@example.com", password: "guest-password") { access_token } }',
      );
      expect(login.data.auth_login.access_token).toEqual(expect.any(String));
      const again = await gql(
        `mutation { users_invite_accept(token: "${token}", password: "other-password") }`,
      );
      expect(again.errors[0].extensions.code).toBe('INVALID_INVITE');

      const closed = await gql(
        'mutation { users_register(email: "self@example.com", password: "self-password") }',
      );
      expect(closed.errors[0].extensions.code).toBe('FORBIDDEN');
      const badVerify = await gql('mutation { users_register_verify(token: "garbage") }');
      expect(badVerify.errors[0].extensions.code).toBe('INVALID_TOKEN');
    });

    it('updates the own profile and resets a forgotten password by email', async () => {
      const headers = await server.login('gql@example.com', 'gql-password');
      const updated = await gql(
        'mutation { update_users_me(data: { first_name: "Grace" }) { first_name email } }',
        headers,
      );
      expect(updated.errors, JSON.stringify(updated.errors)).toBeUndefined();
      expect(updated.data.update_users_me).toEqual({ first_name: 'Grace', email: 'gql@example.com' });
      const sneaky = await gql(
        'mutation { update_users_me(data: { status: "suspended" }) { status } }',
        headers,
      );
      expect(sneaky.errors[0].extensions.code).toBe('FORBIDDEN');

      const requested = await gql('mutation { auth_password_request(email: "gql@example.com") }');
      expect(requested).toEqual({ data: { auth_password_request: true } });
      const { token } = linkOf(await server.mail.next('gql@example.com'));
      const reset = await gql(
        `mutation { auth_password_reset(token: "${token}", password: "new-gql-password") }`,
      );
      expect(reset).toEqual({ data: { auth_password_reset: true } });
      const login = await gql(
        'mutation { auth_login(email: "gql@example.com", password: "new-gql-password") { access_token } }',
      );
      expect(login.data.auth_login.access_token).toEqual(expect.any(String));
      const tampered = await gql(
        'mutation { auth_password_reset(token: "not-a-token", password: "x-password") }',
      );
      expect(tampered.errors[0].extensions.code).toBe('INVALID_TOKEN');
      expect(tampered.data).toEqual({ auth_password_reset: null });
    });
  });
}
