import {
  createDirectus,
  disableTwoFactor,
  enableTwoFactor,
  generateTwoFactorSecret,
  readMe,
  rest,
  staticToken,
  updateMe,
} from '@directus/sdk';
import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccountsServer, createAccountsServer } from './accounts-fixture.js';
import { ADMIN_ROLE, codeOf, ROLE } from './auth-fixture.js';

const otpOf = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret) }).generate();

for (const engine of listTestEngines()) {
  warnSkipped(engine, 'two-factor, own profile and /users tests', '@plinth/server');
  describe.skipIf(!engine.url)(`users and two-factor on ${engine.client}`, () => {
    let server: AccountsServer;
    let url: string;
    const clientFor = (headers: Record<string, string>) =>
      createDirectus(url)
        .with(staticToken(String(headers['authorization']).slice(7)))
        .with(rest());

    beforeAll(async () => {
      server = await createAccountsServer(engine);
      await server.api.server.app.listen({ port: 0, host: '127.0.0.1' });
      const address = server.api.server.app.server.address();
      url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    });
    afterAll(async () => {
      await server?.close();
    });

    describe('two-factor', () => {
      it('generates, enables, then needs the code at login, and disables (through @directus/sdk)', async () => {
        const { api } = server;
        await api.addUser({ email: 'tfa@example.com', password: 'tfa-password' });
        const client = clientFor(await server.login('tfa@example.com', 'tfa-password'));

        const generated = await client.request(generateTwoFactorSecret('tfa-password'));
        expect(generated.secret).toMatch(/^[A-Z2-7]+=*$/);
        expect(generated.otpauth_url).toMatch(/^otpauth:\/\/totp\/.*secret=/);
        expect(generated.otpauth_url).toContain('tfa%40example.com');
        await client.request(enableTwoFactor(generated.secret, otpOf(generated.secret)));

        const me = await client.request(readMe({ fields: ['tfa_secret'] }));
        expect(me.tfa_secret).toBe('**********');
        const noOtp = await api.post('/auth/login', { email: 'tfa@example.com', password: 'tfa-password' });
        expect([noOtp.statusCode, codeOf(noOtp)]).toEqual([401, 'INVALID_OTP']);
        const withOtp = await server.login('tfa@example.com', 'tfa-password', otpOf(generated.secret));

        const wrong = await api.post('/users/me/tfa/disable', { otp: '000000' }, withOtp);
        expect([wrong.statusCode, codeOf(wrong)]).toEqual([400, 'INVALID_PAYLOAD']);
        await clientFor(withOtp).request(disableTwoFactor(otpOf(generated.secret)));
        expect(
          (await api.post('/auth/login', { email: 'tfa@example.com', password: 'tfa-password' })).statusCode,
        ).toBe(200);
      });

      it('refuses a wrong password, a wrong code, and a second secret', async () => {
        const { api } = server;
        await api.addUser({ email: 'tfa2@example.com', password: 'tfa2-password' });
        const headers = await server.login('tfa2@example.com', 'tfa2-password');
        const wrongPassword = await api.post('/users/me/tfa/generate', { password: 'nope' }, headers);
        expect(codeOf(wrongPassword)).toBe('INVALID_CREDENTIALS');
        const noPassword = await api.post('/users/me/tfa/generate', {}, headers);
        expect(codeOf(noPassword)).toBe('INVALID_PAYLOAD');
        const { secret } = (
          await api.post('/users/me/tfa/generate', { password: 'tfa2-password' }, headers)
        ).json().data;
        const badOtp = await api.post('/users/me/tfa/enable', { secret, otp: '123' }, headers);
        expect(codeOf(badOtp)).toBe('INVALID_PAYLOAD');
        expect(
          (await api.post('/users/me/tfa/enable', { secret, otp: otpOf(secret) }, headers)).statusCode,
        ).toBe(204);
        const twice = await api.post('/users/me/tfa/generate', { password: 'tfa2-password' }, headers);
        expect(codeOf(twice)).toBe('INVALID_PAYLOAD');
        const anonymous = await api.post('/users/me/tfa/generate', { password: 'x' });
        expect(codeOf(anonymous)).toBe('INVALID_CREDENTIALS');
      });

      it('lets an admin turn it off for someone else, and nobody else', async () => {
        const { api } = server;
        const id = await api.addUser({
          email: 'lost-phone@example.com',
          password: 'pw',
          tfa_secret: 'JBSWY3DPEHPK3PXP',
        });
        await api.addUser({ email: 'peer@example.com', password: 'peer-password' });
        const peer = await server.login('peer@example.com', 'peer-password');
        expect(codeOf(await api.post(`/users/${id}/tfa/disable`, undefined, peer))).toBe('FORBIDDEN');
        const admin = await server.addAdmin('tfa-admin@example.com');
        expect((await api.post(`/users/${id}/tfa/disable`, undefined, admin)).statusCode).toBe(204);
        expect(codeOf(await api.post('/users/not-a-uuid/tfa/disable', undefined, admin))).toBe('FORBIDDEN');
        expect(
          (await api.post('/auth/login', { email: 'lost-phone@example.com', password: 'pw' })).statusCode,
        ).toBe(200);
      });
    });

    describe('PATCH /users/me', () => {
      it('updates the own profile and answers the updated user (through @directus/sdk)', async () => {
        const { api } = server;
        await api.addUser({ email: 'me@example.com', password: 'me-password' });
        const client = clientFor(await server.login('me@example.com', 'me-password'));
        const updated = await client.request(
          updateMe(
            { first_name: 'Ada', appearance: 'dark', tags: ['a', 'b'] },
            { fields: ['first_name', 'appearance', 'email'] },
          ),
        );
        expect(updated).toEqual({ first_name: 'Ada', appearance: 'dark', email: 'me@example.com' });
      });

      it('refuses role, status and token, bad values and a taken email', async () => {
        const { api } = server;
        await api.addUser({ email: 'limited@example.com', password: 'limited-password' });
        await api.addUser({ email: 'taken@example.com' });
        const headers = await server.login('limited@example.com', 'limited-password');
        const patch = (payload: unknown) =>
          api.server.app.inject({ method: 'PATCH', url: '/users/me', headers, payload: payload as object });
        for (const payload of [
          { role: ADMIN_ROLE },
          { status: 'active' },
          { token: 'mine' },
          { provider: 'x' },
        ]) {
          const response = await patch(payload);
          expect([response.statusCode, codeOf(response)]).toEqual([403, 'FORBIDDEN']);
        }
        expect(codeOf(await patch({ first_name: 5 }))).toBe('INVALID_PAYLOAD');
        // As Directus's field permission check answers: a field that does not exist is one you may not write.
        expect(codeOf(await patch({ nonsense: 1 }))).toBe('FORBIDDEN');
        expect(codeOf(await patch([1]))).toBe('INVALID_PAYLOAD');
        expect(codeOf(await patch({ email: 'not-an-email' }))).toBe('FAILED_VALIDATION');
        const taken = await patch({ email: 'taken@example.com' });
        expect([taken.statusCode, codeOf(taken)]).toEqual([400, 'RECORD_NOT_UNIQUE']);
        const anonymous = await api.server.app.inject({
          method: 'PATCH',
          url: '/users/me',
          payload: { first_name: 'x' },
        });
        expect(codeOf(anonymous)).toBe('INVALID_CREDENTIALS');
      });

      it('a new password ends the other sessions', async () => {
        const { api } = server;
        const id = await api.addUser({ email: 'change@example.com', password: 'first-password' });
        const other = (
          await api.post('/auth/login', { email: 'change@example.com', password: 'first-password' })
        ).json().data;
        const headers = await server.login('change@example.com', 'first-password');
        const response = await api.server.app.inject({
          method: 'PATCH',
          url: '/users/me',
          headers,
          payload: { password: 'second-password' },
        });
        expect(response.statusCode).toBe(200);
        expect(response.json().data.password).toBe('**********');
        const stored = await api.database.kysely
          .selectFrom('directus_users')
          .select('password')
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        expect(String(stored.password)).toMatch(/^\$argon2id\$/);
        expect(codeOf(await api.post('/auth/refresh', { refresh_token: other.refresh_token }))).toBe(
          'INVALID_CREDENTIALS',
        );
        const sessions = await api.database.kysely
          .selectFrom('directus_sessions')
          .select('token')
          .where('user', '=', id)
          .execute();
        expect(sessions).toHaveLength(0);
        expect(
          (await api.post('/auth/login', { email: 'change@example.com', password: 'second-password' }))
            .statusCode,
        ).toBe(200);
      });
    });

    describe('/users for admins', () => {
      it('creates, lists, reads, updates and deletes users with secrets concealed', async () => {
        const { api } = server;
        const admin = await server.addAdmin('crud-admin@example.com');
        const inject = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, payload?: unknown) =>
          api.server.app.inject({
            method,
            url: path,
            headers: admin,
            ...(payload === undefined ? {} : { payload: payload as object }),
          });

        const created = await inject('POST', '/users', {
          email: 'crud@example.com',
          password: 'crud-password',
          role: ROLE,
          token: 'crud-static',
        });
        expect(created.statusCode).toBe(200);
        const user = created.json().data;
        expect(user).toMatchObject({
          email: 'crud@example.com',
          status: 'active',
          password: '**********',
          token: '**********',
        });
        expect(
          (await api.post('/auth/login', { email: 'crud@example.com', password: 'crud-password' }))
            .statusCode,
        ).toBe(200);
        expect((await api.get('/users/me', { authorization: 'Bearer crud-static' })).json().data.email).toBe(
          'crud@example.com',
        );

        const list = await inject(
          'GET',
          '/users?filter[email][_eq]=crud@example.com&fields=id,email,password&meta=filter_count',
        );
        expect(list.json()).toEqual({
          data: [{ id: user.id, email: 'crud@example.com', password: '**********' }],
          meta: { filter_count: 1 },
        });
        expect((await inject('GET', `/users/${user.id}?fields=email`)).json()).toEqual({
          data: { email: 'crud@example.com' },
        });
        expect(codeOf(await inject('GET', '/users/10000000-0000-4000-8000-00000000ffff'))).toBe('FORBIDDEN');
        expect(codeOf(await inject('GET', '/users/nope'))).toBe('FORBIDDEN');

        const renamed = await inject('PATCH', `/users/${user.id}?fields=first_name`, { first_name: 'Crud' });
        expect(renamed.json()).toEqual({ data: { first_name: 'Crud' } });
        expect(codeOf(await inject('POST', '/users', { email: 'crud@example.com' }))).toBe(
          'RECORD_NOT_UNIQUE',
        );
        expect(codeOf(await inject('PATCH', `/users/${user.id}`, { status: 'sleeping' }))).toBe(
          'INVALID_PAYLOAD',
        );

        expect((await inject('DELETE', `/users/${user.id}`)).statusCode).toBe(204);
        expect(codeOf(await inject('GET', `/users/${user.id}`))).toBe('FORBIDDEN');
      });

      it('suspending a user ends their sessions and refuses their tokens', async () => {
        const { api } = server;
        const admin = await server.addAdmin('suspend-admin@example.com');
        const id = await api.addUser({ email: 'suspended@example.com', password: 'sus-password' });
        const tokens = (
          await api.post('/auth/login', { email: 'suspended@example.com', password: 'sus-password' })
        ).json().data;
        const response = await api.server.app.inject({
          method: 'PATCH',
          url: `/users/${id}`,
          headers: admin,
          payload: { status: 'suspended' },
        });
        expect(response.statusCode).toBe(200);
        expect(codeOf(await api.post('/auth/refresh', { refresh_token: tokens.refresh_token }))).toBe(
          'INVALID_CREDENTIALS',
        );
        expect(codeOf(await api.get('/users/me', { authorization: `Bearer ${tokens.access_token}` }))).toBe(
          'INVALID_CREDENTIALS',
        );
        const login = await api.post('/auth/login', {
          email: 'suspended@example.com',
          password: 'sus-password',
        });
        expect(codeOf(login)).toBe('USER_SUSPENDED');
      });

      it('shows non-admins only what permissions grant, and refuses their writes', async () => {
        const { api } = server;
        const id = await api.addUser({ email: 'nosy@example.com', password: 'nosy-password' });
        const headers = await server.login('nosy@example.com', 'nosy-password');
        // App users may read their own row (the built-in minimal permissions), nobody else's.
        const list = await api.get('/users?fields=id,email', headers);
        expect(list.json()).toEqual({ data: [{ id, email: 'nosy@example.com' }] });
        expect(codeOf(await api.post('/users', { email: 'x@example.com' }, headers))).toBe('FORBIDDEN');
        expect(codeOf(await api.get('/users'))).toBe('FORBIDDEN');
      });
    });
  });
}
