import { randomUUID } from 'node:crypto';
import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY, ROLE } from './auth-fixture.js';
import { ADMIN_TOKEN, createSystemApi, type SystemApi } from './system-api-fixture.js';

for (const engine of listTestEngines()) {
  warnSkipped(engine, '/roles tests', '@plinth/server');

  describe.skipIf(!engine.url)(`/roles on ${engine.client}`, () => {
    let setup: SystemApi;
    let api: SystemApi['api'];
    let db: SystemApi['db'];
    const call: SystemApi['call'] = (...args) => setup.call(...args);
    const roleNames = async () =>
      (await db.selectFrom('directus_roles').select('name').orderBy('name').execute()).map((row) => row.name);

    beforeAll(async () => {
      setup = await createSystemApi(engine);
      ({ api, db } = setup);
    });
    afterAll(async () => {
      await setup?.close();
    });

    describe('/roles', () => {
      it('creates one and many, reads by list, key and SEARCH, with meta only when asked', async () => {
        const one = await call('POST', '/roles?fields=id,name', ADMIN_TOKEN, { name: 'Writers' });
        expect(one.status).toBe(200);
        expect(one.body.data.name).toBe('Writers');
        const many = await call('POST', '/roles', ADMIN_TOKEN, [{ name: 'Readers' }, { name: 'Guests' }]);
        expect(many.body.data.map((role: { name: string }) => role.name).sort()).toEqual([
          'Guests',
          'Readers',
        ]);
        expect(await roleNames()).toEqual(['Administrator', 'Editor', 'Guests', 'Readers', 'Writers']);

        const list = await call('GET', '/roles?fields=name&sort=name&meta=total_count');
        expect(list.body.data.map((role: { name: string }) => role.name)).toEqual(await roleNames());
        expect(list.body.meta).toEqual({ total_count: 5 });
        expect((await call('GET', '/roles')).body.meta).toBeUndefined();
        const byKey = await call('GET', `/roles/${one.body.data.id}?fields=name`);
        expect(byKey.body).toEqual({ data: { name: 'Writers' } });
        const searchKeys = await call('SEARCH', '/roles?fields=name', ADMIN_TOKEN, {
          keys: [one.body.data.id],
        });
        expect(searchKeys.body.data).toEqual([{ name: 'Writers' }]);
        const searchQuery = await call('SEARCH', '/roles', ADMIN_TOKEN, {
          query: { filter: { name: { _starts_with: 'Re' } }, fields: ['name'] },
        });
        expect(searchQuery.body.data).toEqual([{ name: 'Readers' }]);
        const missing = await call('GET', `/roles/${randomUUID()}`);
        expect([missing.status, missing.code]).toEqual([403, 'FORBIDDEN']);
        const malformed = await call('GET', '/roles/not-a-uuid');
        expect([malformed.status, malformed.code]).toEqual([403, 'FORBIDDEN']);
      });

      it('updates by key, by keys, by query and as a batch array', async () => {
        const [a, b] = (await call('POST', '/roles', ADMIN_TOKEN, [{ name: 'U1' }, { name: 'U2' }])).body
          .data;
        const byKey = await call('PATCH', `/roles/${a.id}?fields=description`, ADMIN_TOKEN, {
          description: 'one',
        });
        expect(byKey.body).toEqual({ data: { description: 'one' } });
        const byKeys = await call('PATCH', '/roles?fields=icon', ADMIN_TOKEN, {
          keys: [a.id, b.id],
          data: { icon: 'star' },
        });
        expect(byKeys.body.data).toEqual([{ icon: 'star' }, { icon: 'star' }]);
        const byQuery = await call('PATCH', '/roles?fields=name', ADMIN_TOKEN, {
          query: { filter: { name: { _eq: 'U2' } } },
          data: { name: 'U2b' },
        });
        expect(byQuery.body.data).toEqual([{ name: 'U2b' }]);
        const batch = await call('PATCH', '/roles?fields=name', ADMIN_TOKEN, [
          { id: a.id, name: 'U1c' },
          { id: b.id, name: 'U2c' },
        ]);
        expect(batch.body.data.map((role: { name: string }) => role.name).sort()).toEqual(['U1c', 'U2c']);
        const stored = await db
          .selectFrom('directus_roles')
          .select(['name', 'icon'])
          .where('id', 'in', [a.id, b.id])
          .orderBy('name')
          .execute();
        expect(stored).toEqual([
          { name: 'U1c', icon: 'star' },
          { name: 'U2c', icon: 'star' },
        ]);
        const conflict = await call('PATCH', '/roles', ADMIN_TOKEN, { keys: [a.id], query: {}, data: {} });
        expect([conflict.status, conflict.code]).toEqual([400, 'INVALID_PAYLOAD']);
        const noData = await call('PATCH', '/roles', ADMIN_TOKEN, { keys: [a.id] });
        expect([noData.status, noData.code]).toEqual([400, 'INVALID_PAYLOAD']);
      });

      it('deletes by key, by array, by {keys} and by {query}, answering 204', async () => {
        const answer = await call('POST', '/roles?fields=id,name&sort=name', ADMIN_TOKEN, [
          { name: 'D1' },
          { name: 'D2' },
          { name: 'D3' },
          { name: 'D4' },
        ]);
        const created = answer.body.data.map((role: { id: string }) => role.id);
        expect(answer.body.data.map((role: { name: string }) => role.name)).toEqual(['D1', 'D2', 'D3', 'D4']);
        expect((await call('DELETE', `/roles/${created[0]}`)).status).toBe(204);
        expect((await call('DELETE', '/roles', ADMIN_TOKEN, [created[1]])).status).toBe(204);
        expect((await call('DELETE', '/roles', ADMIN_TOKEN, { keys: [created[2]] })).status).toBe(204);
        const byQuery = await call('DELETE', '/roles', ADMIN_TOKEN, {
          query: { filter: { name: { _eq: 'D4' } } },
        });
        expect(byQuery.status).toBe(204);
        const left = await db
          .selectFrom('directus_roles')
          .select('name')
          .where('id', 'in', created)
          .execute();
        expect(left).toEqual([]);
      });

      it('reads and writes children, users and policies as relational fields', async () => {
        const parent = await call('POST', '/roles?fields=name,children.name,policies.policy', ADMIN_TOKEN, {
          name: 'Team',
          children: [{ name: 'Team A' }, { name: 'Team B' }],
          policies: [{ policy: POLICY }],
        });
        expect(parent.status).toBe(200);
        expect(parent.body.data.children.map((child: { name: string }) => child.name).sort()).toEqual([
          'Team A',
          'Team B',
        ]);
        expect(parent.body.data.policies).toEqual([{ policy: POLICY }]);
        const team = await db
          .selectFrom('directus_roles')
          .select('id')
          .where('name', '=', 'Team')
          .executeTakeFirstOrThrow();
        const access = await db
          .selectFrom('directus_access')
          .select(['policy'])
          .where('role', '=', team.id)
          .execute();
        expect(access).toEqual([{ policy: POLICY }]);
        const editor = await call('GET', `/roles/${ROLE}?fields=users.email`);
        expect(editor.body.data.users).toEqual([{ email: 'editor@example.com' }]);
      });

      it('refuses a loop in the role tree and leaves the parents as they were', async () => {
        const top = (await call('POST', '/roles', ADMIN_TOKEN, { name: 'Top' })).body.data;
        const mid = (await call('POST', '/roles', ADMIN_TOKEN, { name: 'Mid', parent: top.id })).body.data;
        const low = (await call('POST', '/roles', ADMIN_TOKEN, { name: 'Low', parent: mid.id })).body.data;
        const self = await call('PATCH', `/roles/${top.id}`, ADMIN_TOKEN, { parent: top.id });
        expect([self.status, self.code]).toEqual([400, 'INVALID_PAYLOAD']);
        expect(self.body.errors[0].message).toContain('cannot be a parent of itself');
        const loop = await call('PATCH', `/roles/${top.id}`, ADMIN_TOKEN, { parent: low.id });
        expect([loop.status, loop.code]).toEqual([400, 'INVALID_PAYLOAD']);
        expect(loop.body.errors[0].message).toContain('already a descendant');
        const throughChildren = await call('PATCH', `/roles/${low.id}`, ADMIN_TOKEN, { children: [top.id] });
        expect([throughChildren.status, throughChildren.code]).toEqual([400, 'INVALID_PAYLOAD']);
        const parents = await db
          .selectFrom('directus_roles')
          .select(['name', 'parent'])
          .where('id', 'in', [top.id, mid.id, low.id])
          .orderBy('name')
          .execute();
        expect(parents).toEqual([
          { name: 'Low', parent: mid.id },
          { name: 'Mid', parent: top.id },
          { name: 'Top', parent: null },
        ]);
      });

      it('deleting a role detaches its access rows, suspends its users and lifts its children', async () => {
        const doomed = (
          await call('POST', '/roles', ADMIN_TOKEN, { name: 'Doomed', policies: [{ policy: POLICY }] })
        ).body.data;
        const child = (await call('POST', '/roles', ADMIN_TOKEN, { name: 'Orphan', parent: doomed.id })).body
          .data;
        const member = await api.addUser({ email: 'member@example.com', role: doomed.id });
        expect((await call('DELETE', `/roles/${doomed.id}`)).status).toBe(204);
        expect(
          await db.selectFrom('directus_access').select('id').where('role', '=', doomed.id).execute(),
        ).toEqual([]);
        const user = await db
          .selectFrom('directus_users')
          .select(['status', 'role'])
          .where('id', '=', member)
          .executeTakeFirst();
        expect(user).toEqual({ status: 'suspended', role: null });
        const orphan = await db
          .selectFrom('directus_roles')
          .select('parent')
          .where('id', '=', child.id)
          .executeTakeFirst();
        expect(orphan).toEqual({ parent: null });
      });
    });
  });
}
