import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSystemApi, EDITOR_TOKEN, type SystemApi } from './system-api-fixture.js';

for (const engine of listTestEngines()) {
  warnSkipped(engine, '/activity, /revisions and /utils/revert tests', '@plinth/server');

  describe.skipIf(!engine.url)(`activity, revisions and revert on ${engine.client}`, () => {
    let setup: SystemApi;
    let articleId: number;
    const revisionsOf = async (item: number) =>
      (
        await setup.call(
          'GET',
          `/revisions?filter[collection][_eq]=articles&filter[item][_eq]=${item}&sort=id&fields=id,data,delta`,
        )
      ).body.data as { id: number; data: Record<string, unknown>; delta: Record<string, unknown> }[];
    const titleOf = async (id: number) =>
      (await setup.db.selectFrom('articles').select('title').where('id', '=', id).executeTakeFirstOrThrow())
        .title;
    const countRows = async (table: string) =>
      Number(
        (
          await setup.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    beforeAll(async () => {
      setup = await createSystemApi(engine);
      const created = await setup.call('POST', '/items/articles', undefined, { title: 'First' });
      articleId = created.body.data.id;
      await setup.call('PATCH', `/items/articles/${articleId}`, undefined, { title: 'Second' });
      await setup.call('PATCH', `/items/articles/${articleId}`, undefined, { title: 'Third' });
    });
    afterAll(async () => {
      await setup?.close();
    });

    it('lists, searches and reads revisions and activity of an item', async () => {
      const revisions = await revisionsOf(articleId);
      expect(revisions.map((revision) => revision.data['title'])).toEqual(['First', 'Second', 'Third']);
      expect(revisions[1]!.delta).toEqual({ title: 'Second' });
      const one = await setup.call('GET', `/revisions/${revisions[0]!.id}?fields=collection,item`);
      expect(one.body).toEqual({ data: { collection: 'articles', item: String(articleId) } });
      const searched = await setup.call('SEARCH', '/revisions?fields=id', undefined, {
        query: { filter: { collection: { _eq: 'articles' } }, sort: ['id'], fields: ['id'] },
      });
      expect(searched.body.data.map((row: { id: number }) => row.id)).toEqual(revisions.map((r) => r.id));
      const activity = await setup.call(
        'GET',
        '/activity?filter[collection][_eq]=articles&sort=id&fields=action,user,item,revisions&meta=filter_count',
      );
      expect(activity.body.data.map((row: { action: string }) => row.action)).toEqual([
        'create',
        'update',
        'update',
      ]);
      expect(activity.body.data[0]).toMatchObject({ user: setup.adminId, item: String(articleId) });
      expect(activity.body.data[0].revisions).toEqual([revisions[0]!.id]);
      expect(activity.body.meta).toEqual({ filter_count: 3 });
      const missing = await setup.call('GET', '/revisions/999999');
      expect([missing.status, missing.code]).toEqual([403, 'FORBIDDEN']);
    });

    it('has no write routes for activity and revisions', async () => {
      for (const [method, url] of [
        ['POST', '/activity'],
        ['PATCH', '/activity/1'],
        ['DELETE', '/activity/1'],
        ['POST', '/revisions'],
        ['PATCH', '/revisions'],
        ['DELETE', '/revisions/1'],
      ] as const) {
        const answer = await setup.call(method, url, undefined, method === 'DELETE' ? undefined : {});
        expect([method, url, answer.status, answer.code]).toEqual([method, url, 404, 'ROUTE_NOT_FOUND']);
      }
    });

    it('reverts an item to a revision, recording the revert as its own update', async () => {
      const [first] = await revisionsOf(articleId);
      const before = await countRows('directus_revisions');
      const answer = await setup.call('POST', `/utils/revert/${first!.id}`);
      expect([answer.status, answer.body]).toEqual([204, null]);
      expect(await titleOf(articleId)).toBe('First');
      expect(await countRows('directus_revisions')).toBe(before + 1);
      const latest = (await revisionsOf(articleId)).at(-1)!;
      expect(latest.data['title']).toBe('First');
      expect(latest.delta).toMatchObject({ title: 'First' });
    });

    it('answers a missing or malformed revision with 403, and changes nothing', async () => {
      const before = await countRows('directus_revisions');
      for (const revision of ['999999', 'abc', '-1']) {
        const answer = await setup.call('POST', `/utils/revert/${revision}`);
        expect([revision, answer.status, answer.code]).toEqual([revision, 403, 'FORBIDDEN']);
      }
      expect(await countRows('directus_revisions')).toBe(before);
    });

    it('lets app users read only their own activity, and revisions only with a permission', async () => {
      await setup.grant('articles', 'create');
      await setup.grant('articles', 'read');
      const created = await setup.call('POST', '/items/articles', EDITOR_TOKEN, { title: 'Editor draft' });
      expect(created.status).toBe(200);
      const own = await setup.call('GET', '/activity?fields=user,item,collection', EDITOR_TOKEN);
      expect(own.status).toBe(200);
      expect(own.body.data).toEqual([
        { user: setup.editorId, item: String(created.body.data.id), collection: 'articles' },
      ]);
      const refused = await setup.call('GET', '/revisions', EDITOR_TOKEN);
      expect([refused.status, refused.code]).toEqual([403, 'FORBIDDEN']);
      await setup.grant('directus_revisions', 'read', { permissions: { collection: { _eq: 'articles' } } });
      const allowed = await setup.call(
        'GET',
        `/revisions?filter[item][_eq]=${articleId}&fields=id`,
        EDITOR_TOKEN,
      );
      expect(allowed.body.data).toHaveLength((await revisionsOf(articleId)).length);
    });

    it('refuses a revert without update permission and writes nothing, then allows it with one', async () => {
      const [, second] = await revisionsOf(articleId);
      const revisionsBefore = await countRows('directus_revisions');
      const activityBefore = await countRows('directus_activity');
      const refused = await setup.call('POST', `/utils/revert/${second!.id}`, EDITOR_TOKEN);
      expect([refused.status, refused.code]).toEqual([403, 'FORBIDDEN']);
      expect(await titleOf(articleId)).toBe('First');
      expect(await countRows('directus_revisions')).toBe(revisionsBefore);
      expect(await countRows('directus_activity')).toBe(activityBefore);

      await setup.grant('articles', 'update');
      const allowed = await setup.call('POST', `/utils/revert/${second!.id}`, EDITOR_TOKEN);
      expect(allowed.status).toBe(204);
      expect(await titleOf(articleId)).toBe('Second');
      const activity = await setup.db
        .selectFrom('directus_activity')
        .select(['action', 'user'])
        .where('collection', '=', 'articles')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      expect(activity).toEqual({ action: 'update', user: setup.editorId });
    });

    it('reverts system rows through their own checks, but not users', async () => {
      const role = (await setup.call('POST', '/roles', undefined, { name: 'Temp', icon: 'star' })).body.data;
      await setup.call('PATCH', `/roles/${role.id}`, undefined, { name: 'Renamed', icon: 'bolt' });
      const [created] = (
        await setup.call(
          'GET',
          `/revisions?filter[collection][_eq]=directus_roles&filter[item][_eq]=${role.id}&sort=id`,
        )
      ).body.data;
      expect((await setup.call('POST', `/utils/revert/${created.id}`)).status).toBe(204);
      const reverted = await setup.call('GET', `/roles/${role.id}?fields=name,icon`);
      expect(reverted.body.data).toEqual({ name: 'Temp', icon: 'star' });

      await setup.call('PATCH', `/users/${setup.editorId}`, undefined, { first_name: 'Edna' });
      const [userRevision] = (
        await setup.call('GET', `/revisions?filter[collection][_eq]=directus_users&sort=-id&limit=1`)
      ).body.data;
      const refused = await setup.call('POST', `/utils/revert/${userRevision.id}`);
      expect([refused.status, refused.code]).toEqual([403, 'FORBIDDEN']);
    });

    it('keeps hashed fields as they are when reverting', async () => {
      const created = await setup.call('POST', '/collections', undefined, {
        collection: 'vaults',
        schema: {},
        fields: [
          { field: 'id', type: 'integer', schema: { is_primary_key: true, has_auto_increment: true } },
          { field: 'label', type: 'string' },
          { field: 'secret', type: 'hash', meta: { special: ['hash', 'conceal'] } },
        ],
      });
      expect(created.status).toBe(200);
      const vault = (await setup.call('POST', '/items/vaults', undefined, { label: 'a', secret: 'one' })).body
        .data;
      await setup.call('PATCH', `/items/vaults/${vault.id}`, undefined, { label: 'b', secret: 'two' });
      const [first] = (
        await setup.call(
          'GET',
          `/revisions?filter[collection][_eq]=vaults&filter[item][_eq]=${vault.id}&sort=id`,
        )
      ).body.data;
      expect((await setup.call('POST', `/utils/revert/${first.id}`)).status).toBe(204);
      const row = await setup.db
        .selectFrom('vaults')
        .select(['label', 'secret'])
        .where('id', '=', vault.id)
        .executeTakeFirstOrThrow();
      expect(row.label).toBe('a');
      const verified = await setup.call('POST', '/utils/hash/verify', undefined, {
        string: 'two',
        hash: row.secret,
      });
      expect(verified.body).toEqual({ data: true });
    });

    it('refuses anonymous callers', async () => {
      const [first] = await revisionsOf(articleId);
      const revert = await setup.call('POST', `/utils/revert/${first!.id}`, null);
      expect(revert.status).toBe(403);
      const list = await setup.call('GET', '/activity', null);
      expect(list.status).toBe(403);
    });
  });
}
