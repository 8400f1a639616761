import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccountsServer, createAccountsServer } from './accounts-fixture.js';
import { ADMIN_ROLE, codeOf, ROLE } from './auth-fixture.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

for (const engine of listTestEngines()) {
  warnSkipped(engine, '/users batch, activity and registration limit tests', '@plinth/server');
  describe.skipIf(!engine.url)(`/users batch forms on ${engine.client}`, () => {
    let server: AccountsServer;
    let admin: Record<string, string>;

    beforeAll(async () => {
      server = await createAccountsServer(engine, { RATE_LIMITER_REGISTRATION_POINTS: '2' });
      admin = await server.addAdmin('batch-admin@example.com');
    });
    afterAll(async () => {
      await server?.close();
    });

    const call = (method: Method, url: string, payload?: unknown, headers = admin) =>
      server.api.server.app.inject({
        method,
        url,
        headers,
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
    const db = () => server.api.database.kysely;
    const emailsOf = async (ids: string[]) =>
      ids.length === 0
        ? []
        : (
            await db()
              .selectFrom('directus_users')
              .select('email')
              .where('id', 'in', ids)
              .orderBy('email')
              .execute()
          ).map((row) => row.email);
    const loginTokens = async (email: string, password: string) => {
      const response = await server.api.post('/auth/login', { email, password });
      expect(response.statusCode).toBe(200);
      return response.json().data as { access_token: string; refresh_token: string };
    };

    it('creates an array of users in one go, with create activity and revisions', async () => {
      const created = await call('POST', '/users?fields=id,email,password,status', [
        { email: 'b1@example.com', password: 'b1-password', role: ROLE },
        { email: 'b2@example.com', password: 'b2-password', role: ROLE },
      ]);
      expect(created.statusCode).toBe(200);
      const users = created.json().data as { id: string; email: string; password: string; status: string }[];
      expect(users.map((user) => [user.email, user.password, user.status]).sort()).toEqual([
        ['b1@example.com', '**********', 'active'],
        ['b2@example.com', '**********', 'active'],
      ]);
      await loginTokens('b2@example.com', 'b2-password');
      const activity = await db()
        .selectFrom('directus_activity')
        .select(['id', 'action', 'item'])
        .where('collection', '=', 'directus_users')
        .where(
          'item',
          'in',
          users.map((user) => user.id),
        )
        .where('action', '=', 'create')
        .execute();
      expect(activity).toHaveLength(2);
      const revision = await db()
        .selectFrom('directus_revisions')
        .select(['delta'])
        .where('activity', '=', activity[0]!.id)
        .executeTakeFirstOrThrow();
      const delta = typeof revision.delta === 'string' ? JSON.parse(revision.delta) : revision.delta;
      expect(delta.email).toMatch(/^b[12]@example\.com$/);
      // The revision keeps the hash, never the password as sent.
      expect(delta.password).toMatch(/^\$argon2/);
    });

    it('refuses the whole array when one user breaks a rule', async () => {
      const refused = await call('POST', '/users', [
        { email: 'b3@example.com' },
        { email: 'b1@example.com' },
      ]);
      expect(codeOf(refused)).toBe('RECORD_NOT_UNIQUE');
      const bad = await call('POST', '/users', [{ email: 'b4@example.com' }, { email: 'not-an-email' }]);
      expect(codeOf(bad)).toBe('FAILED_VALIDATION');
      expect(await emailsOf(await idsOf(['b3@example.com', 'b4@example.com']))).toEqual([]);
      expect(codeOf(await call('POST', '/users', { email: 'b5@example.com', tfa_secret: 'X' }))).toBe(
        'INVALID_PAYLOAD',
      );
    });

    const idsOf = async (emails: string[]) =>
      (await db().selectFrom('directus_users').select('id').where('email', 'in', emails).execute()).map(
        (row) => String(row.id),
      );

    it('updates {keys, data}: a suspension ends every selected user’s sessions', async () => {
      const ids = await idsOf(['b1@example.com', 'b2@example.com']);
      const tokens = await loginTokens('b1@example.com', 'b1-password');
      const response = await call('PATCH', '/users?fields=email,status&sort=email', {
        keys: ids,
        data: { status: 'suspended' },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json().data).toEqual([
        { email: 'b1@example.com', status: 'suspended' },
        { email: 'b2@example.com', status: 'suspended' },
      ]);
      expect(codeOf(await server.api.post('/auth/refresh', { refresh_token: tokens.refresh_token }))).toBe(
        'INVALID_CREDENTIALS',
      );
      const update = await db()
        .selectFrom('directus_activity')
        .select('action')
        .where('action', '=', 'update')
        .where('item', 'in', ids)
        .execute();
      expect(update).toHaveLength(2);
    });

    it('updates {query, data} and a batch array; a new password ends the old sessions', async () => {
      const byQuery = await call('PATCH', '/users?fields=email,status', {
        query: { filter: { email: { _eq: 'b1@example.com' } } },
        data: { status: 'active' },
      });
      expect(byQuery.json().data).toEqual([{ email: 'b1@example.com', status: 'active' }]);
      const [b1] = await idsOf(['b1@example.com']);
      const [b2] = await idsOf(['b2@example.com']);
      const old = await loginTokens('b1@example.com', 'b1-password');
      const batch = await call('PATCH', '/users?fields=id,title', [
        { id: b1, password: 'b1-new-password' },
        { id: b2, title: 'Second', status: 'active' },
      ]);
      expect(batch.statusCode).toBe(200);
      expect(batch.json().data).toHaveLength(2);
      expect(codeOf(await server.api.post('/auth/refresh', { refresh_token: old.refresh_token }))).toBe(
        'INVALID_CREDENTIALS',
      );
      await loginTokens('b1@example.com', 'b1-new-password');
      expect(codeOf(await call('PATCH', '/users', [{ title: 'no id' }]))).toBe('INVALID_PAYLOAD');
      expect(codeOf(await call('PATCH', '/users', { keys: [b1] }))).toBe('INVALID_PAYLOAD');
      expect(codeOf(await call('PATCH', '/users', { keys: [b1], query: {}, data: {} }))).toBe(
        'INVALID_PAYLOAD',
      );
    });

    it('refuses non-admins every form (until permissions grant them)', async () => {
      await server.api.addUser({ email: 'plain@example.com', password: 'plain-password' });
      const plain = await server.login('plain@example.com', 'plain-password');
      const [b1] = await idsOf(['b1@example.com']);
      const refusals = [
        await call('GET', `/users/${b1}`, undefined, plain),
        await call('POST', '/users', [{ email: 'sneaky@example.com' }], plain),
        await call('PATCH', '/users', { keys: [b1], data: { role: null } }, plain),
        await call('PATCH', '/users', [{ id: b1, email: 'stolen@example.com' }], plain),
        await call('PATCH', `/users/${b1}`, { status: 'suspended' }, plain),
        await call('DELETE', '/users', [b1], plain),
        await call('DELETE', '/users', { query: { filter: {} } }, plain),
      ];
      expect(refusals.map(codeOf)).toEqual(Array(refusals.length).fill('FORBIDDEN'));
      expect(await emailsOf([b1!])).toEqual(['b1@example.com']);
      expect(await idsOf(['sneaky@example.com'])).toEqual([]);
    });

    it('deletes by array, {keys} and {query}, sessions included', async () => {
      const created = await call('POST', '/users?fields=id', [
        { email: 'd1@example.com', password: 'd1-password' },
        { email: 'd2@example.com' },
        { email: 'd3@example.com' },
      ]);
      expect(created.json().data).toHaveLength(3);
      const [d1] = await idsOf(['d1@example.com']);
      const [d2] = await idsOf(['d2@example.com']);
      await loginTokens('d1@example.com', 'd1-password');
      expect((await call('DELETE', '/users', [d1])).statusCode).toBe(204);
      expect((await call('DELETE', '/users', { keys: [d2] })).statusCode).toBe(204);
      const byQuery = await call('DELETE', '/users', {
        query: { filter: { email: { _eq: 'd3@example.com' } } },
      });
      expect(byQuery.statusCode).toBe(204);
      expect(await idsOf(['d1@example.com', 'd2@example.com', 'd3@example.com'])).toEqual([]);
      const sessions = await db()
        .selectFrom('directus_sessions')
        .select('token')
        .where('user', '=', d1!)
        .execute();
      expect(sessions).toEqual([]);
      expect(codeOf(await call('DELETE', '/users', ['not-a-uuid']))).toBe('FORBIDDEN');
    });

    it('records the create activity and revision of an invited user', async () => {
      const invited = await call('POST', '/users/invite', { email: 'invitee@example.com', role: ROLE });
      expect(invited.statusCode).toBe(204);
      const [id] = await idsOf(['invitee@example.com']);
      const [adminId] = await idsOf(['batch-admin@example.com']);
      const activity = await db()
        .selectFrom('directus_activity')
        .select(['id', 'action', 'user'])
        .where('collection', '=', 'directus_users')
        .where('item', '=', id!)
        .execute();
      expect(activity.map((row) => [row.action, row.user])).toEqual([['create', adminId]]);
      const revision = await db()
        .selectFrom('directus_revisions')
        .select('data')
        .where('activity', '=', activity[0]!.id)
        .executeTakeFirstOrThrow();
      const data = typeof revision.data === 'string' ? JSON.parse(revision.data) : revision.data;
      expect(data).toMatchObject({ email: 'invitee@example.com', status: 'invited', role: ROLE });

      // Invited again with another role: the new role wins, recorded as an update.
      expect(
        (await call('POST', '/users/invite', { email: 'invitee@example.com', role: ADMIN_ROLE })).statusCode,
      ).toBe(204);
      const after = await db()
        .selectFrom('directus_users')
        .select('role')
        .where('id', '=', id!)
        .executeTakeFirst();
      expect(after?.role).toBe(ADMIN_ROLE);
    });

    it('tracks the page a user is on', async () => {
      const response = await call('PATCH', '/users/me/track/page', { last_page: '/content/articles' });
      expect(response.statusCode).toBe(204);
      const me = await call('GET', '/users/me?fields=last_page');
      expect(me.json().data.last_page).toBe('/content/articles');
      expect(codeOf(await call('PATCH', '/users/me/track/page', {}))).toBe('INVALID_PAYLOAD');
      expect(codeOf(await call('PATCH', '/users/me/track/page', { last_page: '/x' }, {}))).toBe(
        'INVALID_CREDENTIALS',
      );
    });

    it('limits registrations per IP (RATE_LIMITER_REGISTRATION_*)', async () => {
      const register = (n: number, ip: string) =>
        call(
          'POST',
          '/users/register',
          { email: `reg${n}@example.com`, password: 'reg-password' },
          {
            'x-forwarded-for': ip,
          },
        );
      // Public registration is off: refused attempts count all the same.
      expect(codeOf(await register(1, '198.51.100.7'))).toBe('FORBIDDEN');
      expect(codeOf(await register(2, '198.51.100.7'))).toBe('FORBIDDEN');
      const limited = await register(3, '198.51.100.7');
      expect([limited.statusCode, codeOf(limited)]).toEqual([429, 'REQUESTS_EXCEEDED']);
      expect(codeOf(await register(4, '198.51.100.8'))).toBe('FORBIDDEN');
    });
  });
}
