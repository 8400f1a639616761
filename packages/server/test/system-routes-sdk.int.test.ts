import {
  createDirectus,
  createPermission,
  createPermissions,
  createPolicy,
  createRole,
  deletePermissions,
  deletePolicy,
  deleteRole,
  readItemPermissions,
  readPermissions,
  readPolicyGlobals,
  readRole,
  readRoles,
  readRolesMe,
  readUserPermissions,
  rest,
  staticToken,
  updatePermission,
  updateRole,
  updateRoles,
} from '@directus/sdk';
import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ROLE, type AuthServer, createAuthServer } from './auth-fixture.js';

for (const engine of listTestEngines()) {
  warnSkipped(engine, '@directus/sdk against /roles, /policies, /permissions', '@plinth/server');

  describe.skipIf(!engine.url)(`@directus/sdk system commands on ${engine.client}`, () => {
    let api: AuthServer;
    let client: ReturnType<typeof clientFor>;
    let url: string;
    const clientFor = (token: string) => createDirectus<any>(url).with(staticToken(token)).with(rest());

    beforeAll(async () => {
      api = await createAuthServer(engine);
      await api.addUser({ email: 'sdk-admin@example.com', role: ADMIN_ROLE, token: 'sdk-admin-token' });
      await api.server.app.listen({ port: 0, host: '127.0.0.1' });
      const address = api.server.app.server.address();
      url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      client = clientFor('sdk-admin-token');
    });
    afterAll(async () => {
      await api?.close();
    });

    it('manages roles: create, read, update one and many, delete', async () => {
      const role = await client.request(
        createRole({ name: 'SDK role', icon: 'bolt' }, { fields: ['id', 'name'] }),
      );
      expect(role.name).toBe('SDK role');
      const roles = await client.request(readRoles({ fields: ['name'], sort: ['name'] }));
      expect(roles.map((entry) => entry['name'])).toEqual(['Administrator', 'Editor', 'SDK role']);
      const updated = await client.request(updateRole(role.id, { description: 'from the sdk' }));
      expect(updated.description).toBe('from the sdk');
      const many = await client.request(updateRoles([role.id], { icon: 'star' }, { fields: ['icon'] }));
      expect(many).toEqual([{ icon: 'star' }]);
      expect(await client.request(readRole(role.id, { fields: ['description', 'icon'] }))).toEqual({
        description: 'from the sdk',
        icon: 'star',
      });
      await client.request(deleteRole(role.id));
      const left = await api.database.kysely
        .selectFrom('directus_roles')
        .select('id')
        .where('id', '=', role.id)
        .execute();
      expect(left).toEqual([]);
    });

    it('creates a policy and its permissions, reads, updates and deletes them', async () => {
      const policy = await client.request(createPolicy({ name: 'SDK policy', app_access: true }));
      expect(policy).toMatchObject({ name: 'SDK policy', app_access: true, admin_access: false });
      const permission = await client.request(
        createPermission({
          policy: policy.id,
          collection: 'directus_roles',
          action: 'read',
          fields: ['id', 'name'],
        }),
      );
      expect(permission).toMatchObject({
        collection: 'directus_roles',
        action: 'read',
        fields: ['id', 'name'],
      });
      const more = await client.request(
        createPermissions([
          { policy: policy.id, collection: 'directus_roles', action: 'create', fields: ['*'] },
          {
            policy: policy.id,
            collection: 'directus_roles',
            action: 'delete',
            permissions: { name: { _eq: 'x' } },
          },
        ]),
      );
      expect(more).toHaveLength(2);
      const read = await client.request(
        readPermissions({ filter: { policy: { _eq: policy.id } }, fields: ['action'], sort: ['action'] }),
      );
      expect(read.map((entry) => entry['action'])).toEqual(['create', 'delete', 'read']);
      const changed = await client.request(
        updatePermission(permission.id, { fields: ['*'] }, { fields: ['fields'] }),
      );
      expect(changed).toEqual({ fields: ['*'] });
      await client.request(deletePermissions(more.map((entry) => entry['id'])));
      const left = await client.request(
        readPermissions({ filter: { policy: { _eq: policy.id } }, fields: ['id'] }),
      );
      expect(left).toEqual([{ id: permission.id }]);
      await expect(
        client.request(createPermission({ policy: policy.id, collection: 'nowhere', action: 'read' })),
      ).rejects.toMatchObject({ errors: [{ extensions: { code: 'INVALID_PAYLOAD' } }] });
      await client.request(deletePolicy(policy.id));
    });

    it('answers the me commands', async () => {
      expect(await client.request(readPolicyGlobals())).toEqual({
        app_access: true,
        admin_access: true,
        enforce_tfa: false,
      });
      const roles = await client.request(readRolesMe({ fields: ['id', 'name'] }));
      expect(roles).toEqual([{ id: ADMIN_ROLE, name: 'Administrator' }]);
      const mine = await client.request(readUserPermissions());
      expect(mine['directus_roles']?.read).toEqual({ access: 'full', fields: ['*'] });
      expect(await client.request(readItemPermissions('directus_roles', ADMIN_ROLE))).toEqual({
        update: { access: true },
        delete: { access: true },
        share: { access: true },
      });
    });
  });
}
