import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE } from './auth-fixture.js';
import { createSystemApi, EDITOR_TOKEN, type SystemApi } from './system-api-fixture.js';

for (const engine of listTestEngines()) {
  warnSkipped(engine, '/comments, /presets and /notifications tests', '@plinth/server');

  describe.skipIf(!engine.url)(`comments, presets and notifications on ${engine.client}`, () => {
    let setup: SystemApi;
    let articleId: number;

    beforeAll(async () => {
      setup = await createSystemApi(engine);
      articleId = (await setup.call('POST', '/items/articles', undefined, { title: 'Commented' })).body.data
        .id;
      await setup.call('POST', '/collections', undefined, { collection: 'secrets', schema: {} });
      await setup.call('POST', '/items/secrets', undefined, {});
      await setup.grant('articles', 'read');
    });
    afterAll(async () => {
      await setup?.close();
    });

    describe('/comments', () => {
      it('creates comments with the server setting author and date, whatever the payload says', async () => {
        const answer = await setup.call('POST', '/comments', EDITOR_TOKEN, {
          collection: 'articles',
          item: articleId,
          comment: 'Looks good',
          user_created: setup.adminId,
        });
        expect(answer.status).toBe(200);
        expect(answer.body.data).toMatchObject({
          collection: 'articles',
          item: String(articleId),
          comment: 'Looks good',
          user_created: setup.editorId,
        });
        expect(Math.abs(Date.parse(answer.body.data.date_created) - Date.now())).toBeLessThan(60_000);
      });

      it('shows app users their own comments only, and lets them edit and delete only those', async () => {
        const mine = (
          await setup.call('POST', '/comments', EDITOR_TOKEN, {
            collection: 'articles',
            item: articleId,
            comment: 'Mine',
          })
        ).body.data;
        const theirs = (
          await setup.call('POST', '/comments', undefined, {
            collection: 'articles',
            item: articleId,
            comment: 'Admin note',
          })
        ).body.data;
        const listed = await setup.call('GET', '/comments?fields=comment&sort=date_created', EDITOR_TOKEN);
        expect(listed.body.data.map((row: { comment: string }) => row.comment).sort()).toEqual([
          'Looks good',
          'Mine',
        ]);
        const edited = await setup.call(
          'PATCH',
          `/comments/${mine.id}?fields=comment,user_updated`,
          EDITOR_TOKEN,
          {
            comment: 'Mine, edited',
          },
        );
        expect(edited.body.data).toEqual({ comment: 'Mine, edited', user_updated: setup.editorId });
        const editOther = await setup.call('PATCH', `/comments/${theirs.id}`, EDITOR_TOKEN, {
          comment: 'Hijacked',
        });
        expect([editOther.status, editOther.code]).toEqual([403, 'FORBIDDEN']);
        const moveOwn = await setup.call('PATCH', `/comments/${mine.id}`, EDITOR_TOKEN, { item: '999' });
        expect([moveOwn.status, moveOwn.code]).toEqual([403, 'FORBIDDEN']);
        const deleteOther = await setup.call('DELETE', `/comments/${theirs.id}`, EDITOR_TOKEN);
        expect([deleteOther.status, deleteOther.code]).toEqual([403, 'FORBIDDEN']);
        const stored = await setup.db
          .selectFrom('directus_comments')
          .select('comment')
          .where('id', '=', theirs.id)
          .executeTakeFirstOrThrow();
        expect(stored.comment).toBe('Admin note');
        expect((await setup.call('DELETE', `/comments/${mine.id}`, EDITOR_TOKEN)).status).toBe(204);
        const byAdmin = await setup.call('PATCH', `/comments/${theirs.id}?fields=comment`, undefined, {
          comment: 'Admin, edited',
        });
        expect(byAdmin.body.data).toEqual({ comment: 'Admin, edited' });
      });

      it('refuses comments on items the caller cannot read, and incomplete ones', async () => {
        const count = async () =>
          (await setup.db.selectFrom('directus_comments').select('id').execute()).length;
        const before = await count();
        for (const payload of [
          { collection: 'secrets', item: 1, comment: 'Peek' },
          { collection: 'articles', item: 999999, comment: 'Nothing there' },
          { collection: 'nowhere', item: 1, comment: 'No collection' },
        ]) {
          const answer = await setup.call('POST', '/comments', EDITOR_TOKEN, payload);
          expect([payload.collection, answer.status, answer.code]).toEqual([
            payload.collection,
            403,
            'FORBIDDEN',
          ]);
        }
        for (const payload of [
          { collection: 'articles', item: articleId },
          { item: articleId, comment: 'x' },
          { collection: 'articles', comment: 'x' },
          { collection: 'articles', item: articleId, comment: '' },
        ]) {
          const answer = await setup.call('POST', '/comments', EDITOR_TOKEN, payload);
          expect([answer.status, answer.code]).toEqual([400, 'INVALID_PAYLOAD']);
        }
        const anonymous = await setup.call('POST', '/comments', null, {
          collection: 'articles',
          item: articleId,
          comment: 'Anonymous',
        });
        expect(anonymous.status).toBe(403);
        expect(await count()).toBe(before);
      });

      it('notifies the users a new comment mentions, if they can read the item', async () => {
        const reader = await setup.api.addUser({ email: 'reader@example.com', first_name: 'Rita' });
        const outsider = await setup.api.addUser({ email: 'outsider@example.com', role: null });
        const unknown = '00000000-0000-4000-8000-00000000dead';
        const answer = await setup.call('POST', '/comments', undefined, {
          collection: 'articles',
          item: articleId,
          comment: `Over to you @${reader}, not @${outsider} nor @${unknown}`,
        });
        expect(answer.status).toBe(200);
        const sent = await setup.db
          .selectFrom('directus_notifications')
          .select(['recipient', 'sender', 'subject', 'message', 'collection', 'item'])
          .execute();
        expect(sent).toEqual([
          {
            recipient: reader,
            sender: setup.adminId,
            subject: 'New mention in articles',
            message: expect.stringContaining(
              '> Over to you @Rita, not @outsider@example.com nor @Unknown user',
            ),
            collection: 'articles',
            item: String(articleId),
          },
        ]);
        await setup.db.deleteFrom('directus_notifications').execute();
      });
    });

    describe('/presets', () => {
      it("lets app users keep their own presets and read their role's and the global ones", async () => {
        const own = await setup.call('POST', '/presets', EDITOR_TOKEN, {
          user: setup.editorId,
          collection: 'articles',
          layout: 'cards',
          layout_query: { cards: { sort: ['title'] } },
        });
        expect(own.status).toBe(200);
        expect(own.body.data).toMatchObject({
          layout: 'cards',
          layout_query: { cards: { sort: ['title'] } },
        });
        await setup.call('POST', '/presets', undefined, [
          { bookmark: 'Role view', role: ROLE, collection: 'articles' },
          { bookmark: 'Global view', collection: 'articles' },
          { bookmark: 'Admin only', user: setup.adminId, collection: 'articles' },
        ]);
        const listed = await setup.call('GET', '/presets?fields=bookmark,user&sort=id', EDITOR_TOKEN);
        expect(listed.body.data).toEqual([
          { bookmark: null, user: setup.editorId },
          { bookmark: 'Role view', user: null },
          { bookmark: 'Global view', user: null },
        ]);
        const updated = await setup.call(
          'PATCH',
          `/presets/${own.body.data.id}?fields=layout`,
          EDITOR_TOKEN,
          {
            layout: 'tabular',
          },
        );
        expect(updated.body.data).toEqual({ layout: 'tabular' });
        const adminPreset = (await setup.call('GET', '/presets?filter[bookmark][_eq]=Admin only')).body
          .data[0];
        const foreign = await setup.call('PATCH', `/presets/${adminPreset.id}`, EDITOR_TOKEN, {
          layout: 'map',
        });
        expect([foreign.status, foreign.code]).toEqual([403, 'FORBIDDEN']);
        expect((await setup.call('DELETE', `/presets/${own.body.data.id}`, EDITOR_TOKEN)).status).toBe(204);
      });

      it('refuses a preset an app user would create for someone else', async () => {
        const forAdmin = await setup.call('POST', '/presets', EDITOR_TOKEN, {
          user: setup.adminId,
          collection: 'articles',
        });
        expect([forAdmin.status, forAdmin.code]).toEqual([400, 'FAILED_VALIDATION']);
        const stored = await setup.db
          .selectFrom('directus_presets')
          .select('id')
          .where('user', '=', setup.adminId)
          .execute();
        expect(stored).toHaveLength(1);
      });
    });

    describe('/notifications', () => {
      it('lets recipients read theirs and change only the status', async () => {
        const sent = await setup.call('POST', '/notifications', undefined, {
          recipient: setup.editorId,
          sender: setup.adminId,
          subject: 'Please review',
          collection: 'articles',
          item: String(articleId),
        });
        expect(sent.status).toBe(200);
        expect(sent.body.data).toMatchObject({ status: 'inbox', recipient: setup.editorId });
        await setup.call('POST', '/notifications', undefined, {
          recipient: setup.adminId,
          subject: 'Not yours',
        });
        const inbox = await setup.call('GET', '/notifications?fields=subject', EDITOR_TOKEN);
        expect(inbox.body.data).toEqual([{ subject: 'Please review' }]);
        const archived = await setup.call(
          'PATCH',
          `/notifications/${sent.body.data.id}?fields=status`,
          EDITOR_TOKEN,
          {
            status: 'archived',
          },
        );
        expect(archived.body.data).toEqual({ status: 'archived' });
        const subject = await setup.call('PATCH', `/notifications/${sent.body.data.id}`, EDITOR_TOKEN, {
          subject: 'Changed',
        });
        expect([subject.status, subject.code]).toEqual([403, 'FORBIDDEN']);
        const create = await setup.call('POST', '/notifications', EDITOR_TOKEN, {
          recipient: setup.adminId,
          subject: 'From editor',
        });
        expect([create.status, create.code]).toEqual([403, 'FORBIDDEN']);
        const remove = await setup.call('DELETE', `/notifications/${sent.body.data.id}`, EDITOR_TOKEN);
        expect([remove.status, remove.code]).toEqual([403, 'FORBIDDEN']);
        expect((await setup.call('DELETE', `/notifications/${sent.body.data.id}`)).status).toBe(204);
      });
    });
  });
}
