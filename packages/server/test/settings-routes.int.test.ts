import { createDirectus, readSettings, rest, staticToken, updateSettings } from '@directus/sdk';
import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ROLE, type AuthServer, codeOf, createAuthServer, ROLE } from './auth-fixture.js';

for (const engine of listTestEngines()) {
  warnSkipped(engine, '/settings', '@plinth/server');

  describe.skipIf(!engine.url)(`/settings on ${engine.client}`, () => {
    let api: AuthServer;
    let url: string;
    const admin = { authorization: 'Bearer settings-admin-token' };
    const editor = { authorization: 'Bearer settings-editor-token' };
    const settingsRow = () =>
      api.database.kysely
        .selectFrom('directus_settings')
        .select(['project_name', 'public_registration'])
        .execute();

    beforeAll(async () => {
      api = await createAuthServer(engine);
      await api.addUser({
        email: 'settings-admin@example.com',
        role: ADMIN_ROLE,
        token: 'settings-admin-token',
      });
      await api.addUser({ email: 'settings-editor@example.com', role: ROLE, token: 'settings-editor-token' });
      await api.server.app.listen({ port: 0, host: '127.0.0.1' });
      const address = api.server.app.server.address();
      url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    });
    afterAll(async () => {
      await api?.close();
    });

    it('lets an admin change the settings, creating the row the first time, and read them back', async () => {
      const patched = await api.server.app.inject({
        method: 'PATCH',
        url: '/settings?fields=project_name,public_registration',
        headers: admin,
        payload: { project_name: 'Acme', public_registration: true },
      });
      expect(patched.statusCode).toBe(200);
      expect(patched.json()).toEqual({ data: { project_name: 'Acme', public_registration: true } });
      expect(await settingsRow()).toEqual([{ project_name: 'Acme', public_registration: expect.anything() }]);
      expect(Boolean((await settingsRow())[0]?.public_registration)).toBe(true);
    });

    it('lets an app user read them (built-in permission) but not change them', async () => {
      const read = await api.server.app.inject({
        method: 'GET',
        url: '/settings?fields=project_name',
        headers: editor,
      });
      expect(read.json()).toEqual({ data: { project_name: 'Acme' } });
      const refused = await api.server.app.inject({
        method: 'PATCH',
        url: '/settings',
        headers: editor,
        payload: { project_name: 'Hijacked' },
      });
      expect([refused.statusCode, codeOf(refused)]).toEqual([403, 'FORBIDDEN']);
      expect((await settingsRow())[0]?.project_name).toBe('Acme');
    });

    it('refuses anonymous callers and unknown fields', async () => {
      const anonymous = await api.server.app.inject({ method: 'GET', url: '/settings' });
      expect([anonymous.statusCode, codeOf(anonymous)]).toEqual([403, 'FORBIDDEN']);
      const unknown = await api.server.app.inject({
        method: 'PATCH',
        url: '/settings',
        headers: admin,
        payload: { no_such_setting: 1 },
      });
      expect(unknown.statusCode).toBe(403);
      expect((await settingsRow())[0]?.project_name).toBe('Acme');
    });

    it('works through @directus/sdk: readSettings and updateSettings', async () => {
      const client = createDirectus<any>(url).with(staticToken('settings-admin-token')).with(rest());
      // The sdk types the answer as a list; the wire answer is the settings object.
      const updated = (await client.request(
        updateSettings({ project_color: '#336699' }),
      )) as unknown as Record<string, unknown>;
      expect(updated.project_color).toBe('#336699');
      const settings = await client.request(readSettings({ fields: ['project_name', 'project_color'] }));
      expect(settings).toEqual({ project_name: 'Acme', project_color: '#336699' });
    });
  });
}
