import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_POLICY,
  ADMIN_ROLE,
  type AuthServer,
  codeOf,
  createAuthServer,
  POLICY,
  ROLE,
} from './auth-fixture.js';

const ADMIN_TOKEN = 'system-admin-token';
const EDITOR_TOKEN = 'system-editor-token';

interface Answer {
  status: number;
  code: string | null;
  body: any;
}

for (const engine of listTestEngines()) {
  warnSkipped(engine, '/roles, /policies, /access, /permissions and /…/me tests', '@plinth/server');

  describe.skipIf(!engine.url)(`system routes on ${engine.client}`, () => {
    let api: AuthServer;
    let db: AuthServer['database']['kysely'];
    let adminId: string;
    let editorId: string;

    const call = async (method: string, url: string, token?: string | null, payload?: unknown) => {
      const response = await api.server.app.inject({
        method: method as 'GET',
        url,
        headers: token === null ? {} : { authorization: `Bearer ${token ?? ADMIN_TOKEN}` },
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
      const body = response.body === '' ? null : response.json();
      return { status: response.statusCode, code: codeOf(response), body } satisfies Answer;
    };
    const roleNames = async () =>
      (await db.selectFrom('directus_roles').select('name').orderBy('name').execute()).map((row) => row.name);

    beforeAll(async () => {
      api = await createAuthServer(engine);
      db = api.database.kysely;
      adminId = await api.addUser({ email: 'root@example.com', role: ADMIN_ROLE, token: ADMIN_TOKEN });
      editorId = await api.addUser({ email: 'editor@example.com', token: EDITOR_TOKEN });
      const created = await call('POST', '/collections', ADMIN_TOKEN, {
        collection: 'secret_notes',
        schema: {},
      });
      expect(created.status).toBe(200);
    });
    afterAll(async () => {
      await api?.close();
    });

    describe('/policies and /access', () => {
      it('creates, reads, updates and deletes policies; refuses a bad ip_access', async () => {
        const created = await call('POST', '/policies?fields=name,ip_access,app_access', ADMIN_TOKEN, {
          name: 'Office',
          ip_access: ['10.0.0.0/8', '192.168.1.1-192.168.1.9', '::1'],
          app_access: true,
        });
        expect(created.body.data).toEqual({
          name: 'Office',
          ip_access: ['10.0.0.0/8', '192.168.1.1-192.168.1.9', '::1'],
          app_access: true,
        });
        const bad = await call('POST', '/policies', ADMIN_TOKEN, { name: 'Bad', ip_access: ['10.0.0.*'] });
        expect([bad.status, bad.code]).toEqual([400, 'INVALID_PAYLOAD']);
        expect(bad.body.errors[0].message).toContain('IP Access contains an incorrect value');
        const policy = await db
          .selectFrom('directus_policies')
          .select('id')
          .where('name', '=', 'Office')
          .executeTakeFirstOrThrow();
        const badUpdate = await call('PATCH', `/policies/${policy.id}`, ADMIN_TOKEN, {
          ip_access: ['10.0.0.9-10.0.0.1'],
        });
        expect(badUpdate.code).toBe('INVALID_PAYLOAD');
        const renamed = await call('PATCH', `/policies/${policy.id}?fields=name`, ADMIN_TOKEN, {
          name: 'Office 2',
        });
        expect(renamed.body.data).toEqual({ name: 'Office 2' });
        expect(
          await db.selectFrom('directus_policies').select('name').where('name', '=', 'Bad').execute(),
        ).toEqual([]);
        expect((await call('DELETE', `/policies/${policy.id}`)).status).toBe(204);
        expect(
          await db.selectFrom('directus_policies').select('id').where('id', '=', policy.id).execute(),
        ).toEqual([]);
      });

      it('checks the permission rows a policy writes through its permissions field', async () => {
        const created = await call(
          'POST',
          '/policies?fields=name,permissions.action,permissions.fields',
          ADMIN_TOKEN,
          {
            name: 'With rules',
            permissions: [{ collection: 'secret_notes', action: 'read', fields: 'id' }],
          },
        );
        expect(created.body.data).toEqual({
          name: 'With rules',
          permissions: [{ action: 'read', fields: ['id'] }],
        });
        const bad = await call('POST', '/policies', ADMIN_TOKEN, {
          name: 'Bad rules',
          permissions: [{ collection: 'secret_notes', action: 'erase' }],
        });
        expect([bad.status, bad.code]).toEqual([400, 'INVALID_PAYLOAD']);
        expect(
          await db.selectFrom('directus_policies').select('id').where('name', '=', 'Bad rules').execute(),
        ).toEqual([]);
        const policy = await db
          .selectFrom('directus_policies')
          .select('id')
          .where('name', '=', 'With rules')
          .executeTakeFirstOrThrow();
        const badUpdate = await call('PATCH', `/policies/${policy.id}`, ADMIN_TOKEN, {
          permissions: { create: [{ collection: 'nowhere', action: 'read' }], update: [], delete: [] },
        });
        expect(badUpdate.code).toBe('INVALID_PAYLOAD');
        expect((await call('DELETE', `/policies/${policy.id}`)).status).toBe(204);
        expect(
          await db.selectFrom('directus_permissions').select('id').where('policy', '=', policy.id).execute(),
        ).toEqual([]);
      });

      it('attaches a policy to a user through /access and detaches it', async () => {
        const row = await call('POST', '/access?fields=user,policy', ADMIN_TOKEN, {
          user: editorId,
          policy: POLICY,
        });
        expect(row.body.data).toEqual({ user: editorId, policy: POLICY });
        const list = await call('GET', `/access?filter[user][_eq]=${editorId}&fields=policy.name`);
        expect(list.body.data).toEqual([{ policy: { name: 'Editor' } }]);
        expect(
          (await call('DELETE', '/access', ADMIN_TOKEN, { query: { filter: { user: { _eq: editorId } } } }))
            .status,
        ).toBe(204);
        expect(
          await db.selectFrom('directus_access').select('id').where('user', '=', editorId).execute(),
        ).toEqual([]);
      });
    });

    describe('/permissions', () => {
      it('creates with fields as text or array, reads all rows unpaged, updates and deletes', async () => {
        const created = await call(
          'POST',
          '/permissions?fields=collection,action,fields,permissions',
          ADMIN_TOKEN,
          {
            policy: POLICY,
            collection: 'secret_notes',
            action: 'read',
            fields: 'id',
            permissions: { id: { _gt: 0 } },
          },
        );
        expect(created.body.data).toEqual({
          collection: 'secret_notes',
          action: 'read',
          fields: ['id'],
          permissions: { id: { _gt: 0 } },
        });
        const rows = Array.from({ length: 3 }, () => ({
          policy: POLICY,
          collection: 'secret_notes',
          action: 'create',
          fields: ['*'],
        }));
        expect((await call('POST', '/permissions', ADMIN_TOKEN, rows)).status).toBe(200);
        const list = await call('GET', '/permissions?limit=1&filter[collection][_eq]=secret_notes');
        expect(list.body.data).toHaveLength(4);
        const id =
          created.body.data.id ??
          (
            await db
              .selectFrom('directus_permissions')
              .select('id')
              .where('action', '=', 'read')
              .executeTakeFirstOrThrow()
          ).id;
        const updated = await call('PATCH', `/permissions/${id}?fields=action`, ADMIN_TOKEN, {
          action: 'update',
        });
        expect(updated.body.data).toEqual({ action: 'update' });
        expect(
          (
            await call('DELETE', '/permissions', ADMIN_TOKEN, {
              query: { filter: { collection: { _eq: 'secret_notes' } }, limit: -1 },
            })
          ).status,
        ).toBe(204);
        const left = await db
          .selectFrom('directus_permissions')
          .select('id')
          .where('collection', '=', 'secret_notes')
          .execute();
        expect(left).toEqual([]);
      });

      it('lists end with the built-in app permissions that match the filter', async () => {
        const stored = await call('POST', '/permissions', ADMIN_TOKEN, {
          policy: POLICY,
          collection: 'directus_roles',
          action: 'update',
          fields: ['name'],
        });
        const list = await call('GET', '/permissions?filter[collection][_eq]=directus_roles');
        expect(
          list.body.data.map((row: { action: string; system?: boolean }) => [
            row.action,
            row.system ?? false,
          ]),
        ).toEqual([
          ['update', false],
          ['read', true],
        ]);
        expect(list.body.data[1]).toMatchObject({
          id: null,
          policy: null,
          permissions: { id: { _in: '$CURRENT_ROLES' } },
        });
        const none = await call('GET', '/permissions?filter[collection][_eq]=secret_notes');
        expect(none.body.data).toEqual([]);
        expect((await call('DELETE', `/permissions/${stored.body.data.id}`)).status).toBe(204);
      });

      it.each([
        [{ collection: 'secret_notes', action: 'destroy' }, '"action" must be one of'],
        [{ collection: 'nope', action: 'read' }, 'Collection "nope" doesn\'t exist'],
        [
          { collection: 'secret_notes', action: 'read', fields: ['id', 'ghost'] },
          'Field "ghost" doesn\'t exist',
        ],
        [
          { collection: 'secret_notes', action: 'read', permissions: { id: { _bogus: 1 } } },
          '"permissions" is not a valid filter',
        ],
        [
          { collection: 'secret_notes', action: 'read', validation: 'not json' },
          '"validation" is not a valid filter',
        ],
        [{ collection: 'secret_notes', action: 'read', presets: [1] }, '"presets" must be an object'],
        [{ action: 'read' }, '"collection" is required'],
      ])('refuses %j with 400 INVALID_PAYLOAD', async (payload, message) => {
        const before = await db.selectFrom('directus_permissions').select('id').execute();
        const answer = await call('POST', '/permissions', ADMIN_TOKEN, { policy: POLICY, ...payload });
        expect([answer.status, answer.code]).toEqual([400, 'INVALID_PAYLOAD']);
        expect(answer.body.errors[0].message).toContain(message);
        expect(await db.selectFrom('directus_permissions').select('id').execute()).toEqual(before);
      });
    });

    describe('non-admins', () => {
      it.each([
        ['POST', '/roles', { name: 'Sneaky' }],
        ['POST', '/policies', { name: 'Sneaky', admin_access: true }],
        ['POST', '/access', { user: 'x', policy: 'y' }],
        [
          'POST',
          '/permissions',
          { policy: POLICY, collection: 'secret_notes', action: 'read', fields: ['*'] },
        ],
        ['PATCH', `/policies/${POLICY}`, { admin_access: true }],
        ['DELETE', `/roles/${ADMIN_ROLE}`, undefined],
      ])('%s %s is refused with 403 and changes nothing', async (method, url, payload) => {
        const before = {
          roles: await roleNames(),
          policies: await db
            .selectFrom('directus_policies')
            .select(['name', 'admin_access'])
            .orderBy('name')
            .execute(),
          permissions: await db.selectFrom('directus_permissions').select('id').execute(),
        };
        const answer = await call(method, url, EDITOR_TOKEN, payload);
        expect([answer.status, answer.code]).toEqual([403, 'FORBIDDEN']);
        expect({
          roles: await roleNames(),
          policies: await db
            .selectFrom('directus_policies')
            .select(['name', 'admin_access'])
            .orderBy('name')
            .execute(),
          permissions: await db.selectFrom('directus_permissions').select('id').execute(),
        }).toEqual(before);
      });

      it('anonymous callers are refused too', async () => {
        expect((await call('GET', '/policies', null)).status).toBe(403);
        expect((await call('POST', '/roles', null, { name: 'Anon' })).status).toBe(403);
      });

      it('may not read the data model of collections they may not read; admins may', async () => {
        const adminCollections = (await call('GET', '/collections')).body.data.map(
          (c: { collection: string }) => c.collection,
        );
        expect(adminCollections).toContain('secret_notes');
        expect((await call('GET', '/collections/secret_notes')).status).toBe(200);
        expect(
          (await call('GET', '/fields/secret_notes')).body.data.map((f: { field: string }) => f.field),
        ).toEqual(['id']);
        for (const url of ['/collections/secret_notes', '/fields/secret_notes', '/fields/secret_notes/id']) {
          const editor = await call('GET', url, EDITOR_TOKEN);
          expect([url, editor.status, editor.code]).toEqual([url, 403, 'FORBIDDEN']);
        }
        const editorList = await call('GET', '/collections', EDITOR_TOKEN);
        // 403 until app users' built-in permissions apply, then a list without the collection.
        if (editorList.status === 200) {
          expect(editorList.body.data.map((c: { collection: string }) => c.collection)).not.toContain(
            'secret_notes',
          );
        } else expect(editorList.code).toBe('FORBIDDEN');
        for (const url of ['/collections', '/fields', '/relations']) {
          expect([url, (await call('GET', url, null)).status]).toEqual([url, 403]);
        }
        expect(
          (await call('POST', '/collections', EDITOR_TOKEN, { collection: 'x_new', schema: {} })).status,
        ).toBe(403);
      });
    });

    describe('the /…/me routes', () => {
      it('/permissions/me: every collection full for admins, 403 for anonymous callers', async () => {
        const admin = await call('GET', '/permissions/me');
        expect(admin.body.data['secret_notes']).toEqual({
          create: { access: 'full', fields: ['*'] },
          read: { access: 'full', fields: ['*'] },
          update: { access: 'full', fields: ['*'] },
          delete: { access: 'full', fields: ['*'] },
          share: { access: 'full', fields: ['*'] },
        });
        expect(Object.keys(admin.body.data)).toContain('directus_users');
        const anonymous = await call('GET', '/permissions/me', null);
        expect([anonymous.status, anonymous.code]).toEqual([403, 'FORBIDDEN']);
        const editor = await call('GET', '/permissions/me', EDITOR_TOKEN);
        expect(editor.status).toBe(200);
        expect(editor.body.data['secret_notes']).toBeUndefined();
      });

      it('/permissions/me/:collection[/:pk]: all true for admins, false without rules, 403 without a user', async () => {
        const all = { update: { access: true }, delete: { access: true }, share: { access: true } };
        expect((await call('GET', '/permissions/me/secret_notes')).body.data).toEqual(all);
        expect((await call('GET', '/permissions/me/secret_notes/1')).body.data).toEqual(all);
        const none = { update: { access: false }, delete: { access: false }, share: { access: false } };
        expect((await call('GET', '/permissions/me/secret_notes/1', EDITOR_TOKEN)).body.data).toEqual(none);
        expect((await call('GET', '/permissions/me/secret_notes', null)).status).toBe(403);
      });

      it('/policies/me/globals: flags for users, only app_access false for anonymous callers', async () => {
        expect((await call('GET', '/policies/me/globals')).body.data).toEqual({
          app_access: true,
          admin_access: true,
          enforce_tfa: false,
        });
        expect((await call('GET', '/policies/me/globals', EDITOR_TOKEN)).body.data).toEqual({
          app_access: true,
          admin_access: false,
          enforce_tfa: false,
        });
        const anonymous = await call('GET', '/policies/me/globals', null);
        expect([anonymous.status, anonymous.body]).toEqual([200, { data: { app_access: false } }]);
      });

      it('/roles/me: the role tree root first; ids only when roles may not be read; 403 anonymous', async () => {
        const sub = (await call('POST', '/roles', ADMIN_TOKEN, { name: 'Sub admin', parent: ADMIN_ROLE }))
          .body.data;
        await api.addUser({ email: 'sub@example.com', role: sub.id, token: 'sub-admin-token' });
        const tree = await call('GET', '/roles/me?fields=id,name', 'sub-admin-token');
        expect(tree.body.data).toEqual([
          { id: ADMIN_ROLE, name: 'Administrator' },
          { id: sub.id, name: 'Sub admin' },
        ]);
        const editor = await call('GET', '/roles/me', EDITOR_TOKEN);
        expect(editor.body.data.map((role: { id: string }) => role.id)).toEqual([ROLE]);
        expect((await call('GET', '/roles/me', null)).status).toBe(403);
      });

      it('a permission written through /permissions applies to the next request of its users', async () => {
        const before = await call('GET', '/permissions/me', EDITOR_TOKEN);
        expect(before.body.data['secret_notes']).toBeUndefined();
        expect((await call('GET', '/items/secret_notes', EDITOR_TOKEN)).status).toBe(403);
        const rule = await call('POST', '/permissions', ADMIN_TOKEN, {
          policy: POLICY,
          collection: 'secret_notes',
          action: 'read',
          fields: ['id'],
        });
        expect(rule.status).toBe(200);
        const after = await call('GET', '/permissions/me', EDITOR_TOKEN);
        expect(after.body.data['secret_notes'].read).toEqual({ access: 'full', fields: ['id'] });
        expect((await call('GET', '/items/secret_notes', EDITOR_TOKEN)).body).toEqual({ data: [] });
        expect((await call('GET', '/collections/secret_notes', EDITOR_TOKEN)).status).toBe(200);
        expect((await call('DELETE', `/permissions/${rule.body.data.id}`)).status).toBe(204);
        expect(
          (await call('GET', '/permissions/me', EDITOR_TOKEN)).body.data['secret_notes'],
        ).toBeUndefined();
        expect((await call('GET', '/items/secret_notes', EDITOR_TOKEN)).status).toBe(403);
      });

      it('a change to a policy shows on the next request of its users (cached access dropped)', async () => {
        expect((await call('GET', '/policies/me/globals', EDITOR_TOKEN)).body.data.app_access).toBe(true);
        expect(
          (await call('PATCH', `/policies/${POLICY}`, ADMIN_TOKEN, { enforce_tfa: true, app_access: false }))
            .status,
        ).toBe(200);
        expect((await call('GET', '/policies/me/globals', EDITOR_TOKEN)).body.data).toEqual({
          app_access: false,
          admin_access: false,
          enforce_tfa: true,
        });
        await call('PATCH', `/policies/${POLICY}`, ADMIN_TOKEN, { enforce_tfa: false, app_access: true });
        expect((await call('GET', '/policies/me/globals', EDITOR_TOKEN)).body.data.app_access).toBe(true);
      });
    });

    describe('the last admin', () => {
      it('cannot lose admin access through /access, /policies or /roles (422), and nothing changes', async () => {
        const adminAccess = await db
          .selectFrom('directus_access')
          .select('id')
          .where('role', '=', ADMIN_ROLE)
          .executeTakeFirstOrThrow();
        const attempts: Array<[string, string, unknown]> = [
          ['DELETE', `/access/${adminAccess.id}`, undefined],
          ['PATCH', `/access/${adminAccess.id}`, { policy: POLICY }],
          ['PATCH', `/policies/${ADMIN_POLICY}`, { admin_access: false }],
          ['DELETE', `/policies/${ADMIN_POLICY}`, undefined],
          ['DELETE', `/roles/${ADMIN_ROLE}`, undefined],
          ['PATCH', `/roles/${ADMIN_ROLE}`, { policies: [] }],
        ];
        // The sub-admin of the /roles/me test is an admin through the role tree: suspend them first.
        await db
          .updateTable('directus_users')
          .set({ status: 'suspended' })
          .where('email', '=', 'sub@example.com')
          .execute();
        for (const [method, url, payload] of attempts) {
          const answer = await call(method, url, ADMIN_TOKEN, payload);
          expect([method, url, answer.status, answer.code]).toEqual([
            method,
            url,
            422,
            'UNPROCESSABLE_CONTENT',
          ]);
          expect(answer.body.errors[0].message).toContain('Cannot remove the last admin user');
        }
        const still = await db
          .selectFrom('directus_access')
          .select(['role', 'policy'])
          .where('id', '=', adminAccess.id)
          .executeTakeFirst();
        expect(still).toEqual({ role: ADMIN_ROLE, policy: ADMIN_POLICY });
        const policy = await db
          .selectFrom('directus_policies')
          .select('admin_access')
          .where('id', '=', ADMIN_POLICY)
          .executeTakeFirstOrThrow();
        expect(Boolean(policy.admin_access)).toBe(true);
        expect((await call('GET', '/policies/me/globals')).body.data.admin_access).toBe(true);
      });

      it('can once another active admin remains', async () => {
        const second = await api.addUser({
          email: 'second@example.com',
          role: null,
          token: 'second-admin-token',
        });
        expect(
          (await call('POST', '/access', ADMIN_TOKEN, { user: second, policy: ADMIN_POLICY })).status,
        ).toBe(200);
        const adminAccess = await db
          .selectFrom('directus_access')
          .select('id')
          .where('role', '=', ADMIN_ROLE)
          .executeTakeFirstOrThrow();
        expect((await call('DELETE', `/access/${adminAccess.id}`, 'second-admin-token')).status).toBe(204);
        expect((await call('GET', '/policies/me/globals')).body.data.admin_access).toBe(false);
        expect((await call('GET', '/roles', ADMIN_TOKEN)).status).toBe(403);
        expect(adminId).toBeTruthy();
      });
    });
  });
}
