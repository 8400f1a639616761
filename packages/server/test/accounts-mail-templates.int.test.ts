import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccountsServer, createAccountsServer } from './accounts-fixture.js';

for (const engine of listTestEngines()) {
  warnSkipped(engine, 'custom email template tests', '@plinth/server');
  describe.skipIf(!engine.url)(`custom email templates (EMAIL_TEMPLATES_PATH) on ${engine.client}`, () => {
    let server: AccountsServer;
    let dir: string;

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'plinth-templates-'));
      await writeFile(
        join(dir, 'password-reset.liquid'),
        '<p class="custom">{{ projectName }}: reset for {{ email }}</p><a href="{{ url }}">go</a>',
      );
      server = await createAccountsServer(engine, { EMAIL_TEMPLATES_PATH: dir });
    });
    afterAll(async () => {
      await server?.close();
      await rm(dir, { recursive: true, force: true });
    });

    it('sends the HTML of a custom template, and the built-in email where there is none', async () => {
      const { api, mail } = server;
      await api.addUser({ email: 'templated@example.com', password: 'templated-password' });
      expect((await api.post('/auth/password/request', { email: 'templated@example.com' })).statusCode).toBe(
        204,
      );
      const reset = await mail.next('templated@example.com');
      expect(reset.html).toMatch(
        /^<p class="custom">Plinth Test: reset for templated@example\.com<\/p><a href="http:\/\/plinth\.test\/admin\/reset-password\?token=[\w.-]+">go<\/a>$/,
      );
      expect(reset.text).toContain('http://plinth.test/admin/reset-password?token=');

      expect(
        (await api.post('/auth/magic-link/request', { email: 'templated@example.com' })).statusCode,
      ).toBe(204);
      const magic = await mail.next('templated@example.com');
      expect(magic.html).not.toContain('class="custom"');
      expect(magic.html).toContain('<a href=');
    });
  });
}
