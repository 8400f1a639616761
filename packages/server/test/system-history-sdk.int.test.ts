import {
  clearCache,
  createComment,
  createDirectus,
  createPreset,
  generateHash,
  randomString,
  readActivities,
  readComments,
  readNotifications,
  readPresets,
  readRevisions,
  rest,
  staticToken,
  updateNotification,
  utilitySort,
  verifyHash,
} from '@directus/sdk';
import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createSystemApi, EDITOR_TOKEN, type SystemApi } from './system-api-fixture.js';

for (const engine of listTestEngines()) {
  warnSkipped(engine, '@directus/sdk against /activity, /revisions, /comments and /utils', '@plinth/server');

  describe.skipIf(!engine.url)(`@directus/sdk history, comments and utils on ${engine.client}`, () => {
    let setup: SystemApi;
    let url: string;
    let articleId: number;
    const clientFor = (token: string) => createDirectus<any>(url).with(staticToken(token)).with(rest());

    beforeAll(async () => {
      setup = await createSystemApi(engine);
      await setup.api.server.app.listen({ port: 0, host: '127.0.0.1' });
      const address = setup.api.server.app.server.address();
      url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      const created = await setup.call('POST', '/items/articles', undefined, { title: 'SDK', sort: 1 });
      if (created.status !== 200) throw new Error(JSON.stringify(created.body));
      articleId = created.body.data.id;
      await setup.call('POST', '/items/articles', undefined, { title: 'Second', sort: 2 });
      await setup.grant('articles', 'read');
    });
    afterAll(async () => {
      await setup?.close();
    });

    it('reads revisions and activities', async () => {
      const admin = clientFor(ADMIN_TOKEN);
      const revisions = await admin.request(
        readRevisions({
          filter: { collection: { _eq: 'articles' }, item: { _eq: String(articleId) } },
          fields: ['collection', 'data'],
        }),
      );
      expect(revisions).toEqual([
        { collection: 'articles', data: expect.objectContaining({ title: 'SDK' }) },
      ]);
      const activities = await admin.request(
        readActivities({ filter: { collection: { _eq: 'articles' } }, fields: ['action'], sort: ['id'] }),
      );
      expect(activities).toEqual([{ action: 'create' }, { action: 'create' }]);
    });

    it('comments, keeps presets and reads notifications as an app user', async () => {
      const editor = clientFor(EDITOR_TOKEN);
      const comment = await editor.request(
        createComment({ collection: 'articles', item: String(articleId), comment: 'From the SDK' }),
      );
      expect(comment).toMatchObject({ comment: 'From the SDK', user_created: setup.editorId });
      expect(await editor.request(readComments({ fields: ['comment'] }))).toEqual([
        { comment: 'From the SDK' },
      ]);
      await editor.request(createPreset({ user: setup.editorId, collection: 'articles', layout: 'cards' }));
      expect(await editor.request(readPresets({ fields: ['layout'] }))).toEqual([{ layout: 'cards' }]);
      const sent = await setup.call('POST', '/notifications', undefined, {
        recipient: setup.editorId,
        subject: 'Hello',
      });
      await editor.request(updateNotification(sent.body.data.id, { status: 'archived' }));
      expect(await editor.request(readNotifications({ fields: ['subject', 'status'] }))).toEqual([
        { subject: 'Hello', status: 'archived' },
      ]);
    });

    it('uses the utils commands', async () => {
      const admin = clientFor(ADMIN_TOKEN);
      const hash = await admin.request(generateHash('sdk secret'));
      expect(hash).toMatch(/^\$argon2id\$/);
      expect(await admin.request(verifyHash('sdk secret', hash))).toBe(true);
      expect(await admin.request(randomString(20))).toMatch(/^[A-Za-z0-9_-]{20}$/);
      const second = (await setup.call('GET', '/items/articles?filter[title][_eq]=Second')).body.data[0].id;
      await admin.request(utilitySort('articles', second, articleId));
      const order = await setup.call('GET', '/items/articles?sort=sort&fields=title');
      expect(order.body.data).toEqual([{ title: 'Second' }, { title: 'SDK' }]);
      await expect(admin.request(clearCache())).resolves.not.toThrow();
      await expect(clientFor(EDITOR_TOKEN).request(clearCache())).rejects.toMatchObject({
        errors: [{ extensions: { code: 'FORBIDDEN' } }],
      });
    });
  });
}
