import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphQL } from './graphql-fixture.js';
import { ADMIN_TOKEN, createSystemApi, EDITOR_TOKEN, type SystemApi } from './system-api-fixture.js';

for (const engine of listTestEngines()) {
  warnSkipped(engine, '/graphql/system history, comments and utils tests', '@plinth/server');

  describe.skipIf(!engine.url)(`/graphql/system history and utils on ${engine.client}`, () => {
    let setup: SystemApi;
    let admin: ReturnType<typeof createGraphQL>;
    let editor: ReturnType<typeof createGraphQL>;
    let articleId: number;
    const codeOf = (body: any) => body.errors?.[0]?.extensions?.code;

    beforeAll(async () => {
      setup = await createSystemApi(engine);
      admin = createGraphQL(setup.api.server.app, ADMIN_TOKEN, '/graphql/system');
      editor = createGraphQL(setup.api.server.app, EDITOR_TOKEN, '/graphql/system');
      articleId = (await setup.call('POST', '/items/articles', undefined, { title: 'One', sort: 1 })).body
        .data.id;
      await setup.call('PATCH', `/items/articles/${articleId}`, undefined, { title: 'Two' });
    });
    afterAll(async () => {
      await setup?.close();
    });

    it('reads revisions and activity, which have no mutations', async () => {
      const { body } = await admin(`{
        revisions(filter: { collection: { _eq: "articles" } }, sort: ["id"]) { collection item data delta }
        activity(filter: { collection: { _eq: "articles" } }, sort: ["id"]) { action user { email } }
      }`);
      expect(body.errors).toBeUndefined();
      expect(body.data.revisions.map((row: { data: { title: string } }) => row.data.title)).toEqual([
        'One',
        'Two',
      ]);
      expect(body.data.revisions[1]).toMatchObject({ collection: 'articles', item: String(articleId) });
      expect(body.data.activity).toEqual([
        { action: 'create', user: { email: 'admin@example.com' } },
        { action: 'update', user: { email: 'admin@example.com' } },
      ]);
      const schema = await admin('{ __schema { mutationType { fields { name } } } }');
      const names: string[] = schema.body.data.__schema.mutationType.fields.map(
        (f: { name: string }) => f.name,
      );
      expect(names).toContain('create_comments_item');
      expect(names).toContain('update_presets_item');
      expect(names).toContain('delete_notifications_items');
      expect(names.filter((name) => /_(activity|revisions)_/.test(name))).toEqual([]);
    });

    it('hashes, verifies and makes random strings', async () => {
      const { body } = await editor(`mutation {
        hash: utils_hash_generate(string: "secret")
        random: utils_random_string(length: 12)
        fallback: utils_random_string
      }`);
      expect(body.errors).toBeUndefined();
      expect(body.data.hash).toMatch(/^\$argon2id\$/);
      expect(body.data.random).toMatch(/^[A-Za-z0-9_-]{12}$/);
      expect(body.data.fallback).toHaveLength(32);
      const verified = await editor(
        'mutation ($hash: String!) { yes: utils_hash_verify(string: "secret", hash: $hash) no: utils_hash_verify(string: "nope", hash: $hash) }',
        { hash: body.data.hash },
      );
      expect(verified.body.data).toEqual({ yes: true, no: false });
      const tooLong = await editor('mutation { utils_random_string(length: 501) }');
      expect(codeOf(tooLong.body)).toBe('INVALID_PAYLOAD');
    });

    it('reverts as the caller: refused without update permission, done with it', async () => {
      const revisions = await admin('{ revisions(sort: ["id"], limit: 1) { id } }');
      const first = revisions.body.data.revisions[0].id;
      await setup.grant('directus_revisions', 'read');
      await setup.grant('articles', 'read');
      const refused = await editor(`mutation { utils_revert(revision: "${first}") }`);
      expect(codeOf(refused.body)).toBe('FORBIDDEN');
      expect((await setup.call('GET', `/items/articles/${articleId}?fields=title`)).body.data.title).toBe(
        'Two',
      );
      const done = await admin(`mutation { utils_revert(revision: "${first}") }`);
      expect(done.body).toEqual({ data: { utils_revert: true } });
      expect((await setup.call('GET', `/items/articles/${articleId}?fields=title`)).body.data.title).toBe(
        'One',
      );
    });

    it('creates comments and sorts through the system scope; clearing caches is for admins', async () => {
      const comment = await editor(
        `mutation { create_comments_item(data: { collection: "articles", item: "${articleId}", comment: "Hi" }) { comment user_created { email } } }`,
      );
      expect(comment.body.data.create_comments_item).toEqual({
        comment: 'Hi',
        user_created: { email: 'editor@example.com' },
      });
      const second = (await setup.call('POST', '/items/articles', undefined, { title: 'Three', sort: 2 }))
        .body.data.id;
      const sorted = await admin(
        `mutation { utils_sort(collection: "articles", item: "${second}", to: "${articleId}") }`,
      );
      expect(sorted.body).toEqual({ data: { utils_sort: true } });
      const order = await setup.call('GET', '/items/articles?sort=sort&fields=title');
      expect(order.body.data.map((row: { title: string }) => row.title)).toEqual(['Three', 'One']);
      expect((await admin('mutation { utils_cache_clear }')).body).toEqual({
        data: { utils_cache_clear: null },
      });
      expect(codeOf((await editor('mutation { utils_cache_clear }')).body)).toBe('FORBIDDEN');
    });
  });
}
