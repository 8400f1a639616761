import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphQL } from './graphql-fixture.js';
import {
  ADMIN_TOKEN,
  createRealtimeServer,
  EDITOR,
  EDITOR_TOKEN,
  type RealtimeServer,
} from './websocket-fixture.js';

for (const engine of listTestEngines()) {
  warnSkipped(engine, '/graphql/system tests', '@plinth/server');
  describe.skipIf(!engine.url)(`/graphql/system on ${engine.client}`, () => {
    let server: RealtimeServer;
    let admin: ReturnType<typeof createGraphQL>;
    let editor: ReturnType<typeof createGraphQL>;

    beforeAll(async () => {
      server = await createRealtimeServer(engine);
      admin = createGraphQL(server.api.server.app, ADMIN_TOKEN, '/graphql/system');
      editor = createGraphQL(server.api.server.app, EDITOR_TOKEN, '/graphql/system');
    });
    afterAll(async () => {
      await server?.close();
    });

    it('reads the system collections with their names stripped of directus_', async () => {
      const { status, body } = await admin(`{
        users_me { email }
        users(sort: ["email"]) { email }
        roles { name }
        policies { id }
        permissions(filter: { collection: { _eq: "articles" } }) { collection action fields }
        folders { id }
        files { id }
        users_aggregated { countAll }
        server_ping
      }`);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data.users_me).toEqual({ email: 'admin@example.com' });
      expect(body.data.users.map((u: { email: string }) => u.email)).toEqual([
        'admin@example.com',
        'editor@example.com',
      ]);
      expect(body.data.permissions).toEqual([
        { collection: 'articles', action: 'read', fields: ['id', 'title', 'status'] },
      ]);
      expect(body.data.users_aggregated).toEqual([{ countAll: 2 }]);
      expect(body.data.server_ping).toBe('pong');
    });

    it('writes through the same services as the REST system routes', async () => {
      const folder = await admin('mutation { create_folders_item(data: { name: "Docs" }) { id name } }');
      const id = folder.body.data.create_folders_item.id;
      expect(folder.body.data.create_folders_item.name).toBe('Docs');
      const renamed = await admin(
        `mutation { update_folders_item(id: "${id}", data: { name: "Papers" }) { name } }`,
      );
      expect(renamed.body.data.update_folders_item).toEqual({ name: 'Papers' });
      const deleted = await admin(`mutation { delete_folders_item(id: "${id}") { id } }`);
      expect(deleted.body.data.delete_folders_item).toEqual({ id });
      const gone = await admin(`{ folders_by_id(id: "${id}") { id } }`);
      expect(gone.body.errors[0].extensions.code).toBe('FORBIDDEN');

      const role = await admin('mutation { create_roles_item(data: { name: "Guests" }) { id name } }');
      expect(role.body.data.create_roles_item.name).toBe('Guests');
      const user = await admin(
        `mutation { create_users_item(data: { email: "new@example.com", password: "new-password" }) { id email password } }`,
      );
      expect(user.body.errors, JSON.stringify(user.body.errors)).toBeUndefined();
      expect(user.body.data.create_users_item).toMatchObject({
        email: 'new@example.com',
        password: '**********',
      });
      // The password was hashed by the users service: it logs in.
      const login = await server.api.post('/auth/login', {
        email: 'new@example.com',
        password: 'new-password',
      });
      expect(login.statusCode).toBe(200);
      const removed = await admin(
        `mutation { delete_users_items(ids: ["${user.body.data.create_users_item.id}"]) { ids } }`,
      );
      expect(removed.body.data.delete_users_items.ids).toHaveLength(1);
      const files = await admin('{ __type(name: "Mutation") { fields { name } } }');
      const names = files.body.data.__type.fields.map((f: { name: string }) => f.name);
      expect(names).toContain('update_files_item');
      expect(names).not.toContain('create_files_item');
    });

    it("filters by the caller's permissions: what they cannot read is not in their schema", async () => {
      const own = await editor('{ users { email } roles { id } }');
      expect(own.body.data.users).toEqual([{ email: EDITOR.email }]);
      expect(own.body.data.roles).toHaveLength(1);
      for (const query of [
        '{ folders { id } }',
        'mutation { create_folders_item(data: { name: "Mine" }) { id } }',
      ]) {
        const { status, body } = await editor(query);
        expect(status).toBe(400);
        expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION');
      }
      const ping = await editor('{ server_ping }');
      expect(ping.body).toEqual({ data: { server_ping: 'pong' } });
    });
  });
}
