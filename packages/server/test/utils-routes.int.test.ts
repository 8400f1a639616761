import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSystemApi, EDITOR_TOKEN, type SystemApi } from './system-api-fixture.js';

const NO_COLLECTION =
  'You don\'t have permission to access collection "nowhere" or it does not exist. Queried in root.';

for (const engine of listTestEngines()) {
  warnSkipped(engine, '/utils/* tests', '@plinth/server');

  describe.skipIf(!engine.url)(`/utils routes on ${engine.client}`, () => {
    let setup: SystemApi;
    const order = async () =>
      (
        await setup.db
          .selectFrom('articles')
          .select(['title', 'sort'])
          .orderBy('sort')
          .orderBy('id')
          .execute()
      ).map((row) => `${row.title}:${row.sort}`);
    const idOf = async (title: string) =>
      (
        await setup.db
          .selectFrom('articles')
          .select('id')
          .where('title', '=', title)
          .executeTakeFirstOrThrow()
      ).id as number;

    beforeAll(async () => {
      setup = await createSystemApi(engine);
      const rows = ['A', 'B', 'C', 'D'].map((title, index) => ({ title, sort: index + 1 }));
      expect((await setup.call('POST', '/items/articles', undefined, rows)).status).toBe(200);
    });
    afterAll(async () => {
      await setup?.close();
    });

    it('generates an argon2 hash and verifies strings against it', async () => {
      const generated = await setup.call('POST', '/utils/hash/generate', EDITOR_TOKEN, { string: 'secret' });
      expect(generated.status).toBe(200);
      expect(generated.body.data).toMatch(/^\$argon2id\$/);
      const right = await setup.call('POST', '/utils/hash/verify', EDITOR_TOKEN, {
        string: 'secret',
        hash: generated.body.data,
      });
      expect(right.body).toEqual({ data: true });
      const wrong = await setup.call('POST', '/utils/hash/verify', EDITOR_TOKEN, {
        string: 'other',
        hash: generated.body.data,
      });
      expect(wrong.body).toEqual({ data: false });
    });

    it('answers bad hash input with INVALID_PAYLOAD', async () => {
      for (const [url, payload] of [
        ['/utils/hash/generate', {}],
        ['/utils/hash/generate', { string: 42 }],
        ['/utils/hash/verify', { string: 'x' }],
        ['/utils/hash/verify', { hash: 'x' }],
        ['/utils/hash/verify', { string: 'x', hash: 'not-a-hash' }],
      ] as const) {
        const answer = await setup.call('POST', url, undefined, payload);
        expect([url, answer.status, answer.code]).toEqual([url, 400, 'INVALID_PAYLOAD']);
      }
    });

    it('makes random strings of the asked length, 32 by default, 1 to 500', async () => {
      const plain = await setup.call('GET', '/utils/random/string', null);
      expect(plain.body.data).toMatch(/^[A-Za-z0-9_-]{32}$/);
      const ten = await setup.call('GET', '/utils/random/string?length=10');
      expect(ten.body.data).toMatch(/^[A-Za-z0-9_-]{10}$/);
      expect((await setup.call('GET', '/utils/random/string?length=500')).body.data).toHaveLength(500);
      expect(ten.body.data).not.toBe((await setup.call('GET', '/utils/random/string?length=10')).body.data);
      for (const length of ['0', '501', 'abc', '2.5', '-3']) {
        const answer = await setup.call('GET', `/utils/random/string?length=${length}`);
        expect([length, answer.status, answer.code]).toEqual([length, 400, 'INVALID_QUERY']);
      }
    });

    it("moves an item to another one's place in the manual order", async () => {
      const down = await setup.call('POST', '/utils/sort/articles', undefined, {
        item: await idOf('A'),
        to: await idOf('C'),
      });
      expect([down.status, down.body]).toEqual([200, null]);
      expect(await order()).toEqual(['B:1', 'C:2', 'A:3', 'D:4']);
      await setup.call('POST', '/utils/sort/articles', undefined, {
        item: await idOf('D'),
        to: String(await idOf('B')),
      });
      expect(await order()).toEqual(['D:1', 'B:2', 'C:3', 'A:4']);
    });

    it('numbers rows without a sort value after the others before moving', async () => {
      await setup.db.insertInto('articles').values({ title: 'E', sort: null }).execute();
      await setup.call('POST', '/utils/sort/articles', undefined, {
        item: await idOf('E'),
        to: await idOf('D'),
      });
      expect(await order()).toEqual(['E:1', 'D:2', 'B:3', 'C:4', 'A:5']);
    });

    it('answers bad sort input with the Directus errors and changes nothing', async () => {
      const before = await order();
      const missing = await setup.call('POST', '/utils/sort/nowhere', undefined, { item: 1, to: 2 });
      expect([missing.status, missing.code, missing.body.errors[0].message]).toEqual([
        403,
        'FORBIDDEN',
        NO_COLLECTION,
      ]);
      const noItem = await setup.call('POST', '/utils/sort/articles', undefined, { to: 1 });
      expect([noItem.status, noItem.code]).toEqual([400, 'INVALID_PAYLOAD']);
      const unknown = await setup.call('POST', '/utils/sort/articles', undefined, { item: 999999, to: 1 });
      expect([unknown.status, unknown.code]).toEqual([403, 'FORBIDDEN']);
      const created = await setup.call('POST', '/collections', undefined, {
        collection: 'unsorted',
        schema: {},
      });
      expect(created.status).toBe(200);
      const unsorted = await setup.call('POST', '/utils/sort/unsorted', undefined, { item: 1, to: 2 });
      expect([unsorted.status, unsorted.code]).toEqual([400, 'INVALID_PAYLOAD']);
      expect(await order()).toEqual(before);
    });

    it('sorts for a non-admin only with update permission on the sort field', async () => {
      const before = await order();
      const move = { item: await idOf('A'), to: await idOf('E') };
      const refused = await setup.call('POST', '/utils/sort/articles', EDITOR_TOKEN, move);
      expect([refused.status, refused.code]).toEqual([403, 'FORBIDDEN']);
      await setup.grant('articles', 'update', { fields: ['title'] });
      const fieldRefused = await setup.call('POST', '/utils/sort/articles', EDITOR_TOKEN, move);
      expect([fieldRefused.status, fieldRefused.code]).toEqual([403, 'FORBIDDEN']);
      expect(await order()).toEqual(before);
      await setup.grant('articles', 'update', { fields: ['sort'] });
      const allowed = await setup.call('POST', '/utils/sort/articles', EDITOR_TOKEN, move);
      expect(allowed.status).toBe(200);
      expect(await order()).toEqual(['A:1', 'E:2', 'D:3', 'B:4', 'C:5']);
    });

    it('clears the caches for admins only', async () => {
      const admin = await setup.call('POST', '/utils/cache/clear');
      expect([admin.status, admin.body]).toEqual([200, null]);
      const editor = await setup.call('POST', '/utils/cache/clear', EDITOR_TOKEN);
      expect([editor.status, editor.code]).toEqual([403, 'FORBIDDEN']);
      const anonymous = await setup.call('POST', '/utils/cache/clear', null);
      expect(anonymous.status).toBe(403);
      expect((await setup.call('GET', '/items/articles?limit=1')).status).toBe(200);
    });
  });
}
