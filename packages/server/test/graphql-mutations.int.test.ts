import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphQL } from './graphql-fixture.js';
import { createItemsReadSetup, type ItemsReadSetup } from './items-read-fixture.js';

for (const engine of listTestEngines()) {
  warnSkipped(engine, '/graphql mutation tests', '@plinth/server');
  describe.skipIf(!engine.url)(`/graphql mutations on ${engine.client}`, () => {
    let setup: ItemsReadSetup;
    let gql: ReturnType<typeof createGraphQL>;

    // The reference rows are inserted with their keys, so no engine's sequence has moved past them:
    // new rows here name their keys too.
    beforeAll(async () => {
      setup = await createItemsReadSetup(engine);
      gql = createGraphQL(setup.server.app, 'admin-static-token');
    });
    afterAll(async () => {
      await setup?.close();
    });

    it('creates one item with nested relations and reads it back with the selection', async () => {
      const answer = await gql(`mutation {
        create_articles_item(data: {
          id: 10, title: "Delta", slug: "delta",
          author: { name: "Cleo" },
          comments: [{ id: 10, body: "nested" }],
          tags: [{ id: 10, tags_id: { id: 2 } }]
        }) { title status author { name } comments { body } tags { tags_id { name } } }
      }`);
      expect(answer).toEqual({
        status: 200,
        body: {
          data: {
            create_articles_item: {
              title: 'Delta',
              status: 'draft',
              author: { name: 'Cleo' },
              comments: [{ body: 'nested' }],
              tags: [{ tags_id: { name: 'tech' } }],
            },
          },
        },
      });
      const rest = await setup.api('GET', '/items/articles?filter[slug][_eq]=delta&fields=title,author.name');
      expect(rest.body.data).toEqual([{ title: 'Delta', author: { name: 'Cleo' } }]);
    });

    it('creates several items and reads them back sorted by the list arguments', async () => {
      const answer = await gql(`mutation {
        create_tags_items(data: [{ id: 10, name: "zeta" }, { id: 11, name: "eta" }], sort: ["name"]) { name }
      }`);
      expect(answer.body).toEqual({ data: { create_tags_items: [{ name: 'eta' }, { name: 'zeta' }] } });
    });

    it('updates one item, several by key, and a batch', async () => {
      const one = await gql(
        'mutation { update_articles_item(id: 2, data: { title: "Beta 2" }) { id title } }',
      );
      expect(one.body).toEqual({ data: { update_articles_item: { id: '2', title: 'Beta 2' } } });
      const many = await gql(`mutation {
        update_articles_items(ids: [1, 3], data: { status: "archived" }, sort: ["id"]) { id status }
      }`);
      expect(many.body).toEqual({
        data: {
          update_articles_items: [
            { id: '1', status: 'archived' },
            { id: '3', status: 'archived' },
          ],
        },
      });
      const batch = await gql(
        `mutation ($data: [update_articles_input!]) {
        update_articles_batch(data: $data, sort: ["-id"]) { id title }
      }`,
        {
          data: [
            { id: 1, title: 'A1' },
            { id: 3, title: 'G1' },
          ],
        },
      );
      expect(batch.body).toEqual({
        data: {
          update_articles_batch: [
            { id: '3', title: 'G1' },
            { id: '1', title: 'A1' },
          ],
        },
      });
      const rest = await setup.api(
        'GET',
        '/items/articles?fields=id,title,status&filter[id][_in]=1,3&sort=id',
      );
      expect(rest.body.data).toEqual([
        { id: 1, title: 'A1', status: 'archived' },
        { id: 3, title: 'G1', status: 'archived' },
      ]);
    });

    it('updates the singleton', async () => {
      const answer = await gql('mutation { update_settings_page(data: { headline: "Hello" }) { headline } }');
      expect(answer.body).toEqual({ data: { update_settings_page: { headline: 'Hello' } } });
      expect((await setup.api('GET', '/items/settings_page?fields=headline')).body).toEqual({
        data: { headline: 'Hello' },
      });
    });

    it('deletes one item and several', async () => {
      const one = await gql('mutation { delete_comments_item(id: 3) { id } }');
      expect(one.body).toEqual({ data: { delete_comments_item: { id: '3' } } });
      const many = await gql('mutation { delete_comments_items(ids: [1, 2]) { ids } }');
      expect(many.body).toEqual({ data: { delete_comments_items: { ids: ['1', '2'] } } });
      const rest = await setup.api('GET', '/items/comments?filter[id][_in]=1,2,3');
      expect(rest.body.data).toEqual([]);
    });

    it('answers a failing write in-band with its code and writes nothing', async () => {
      const before = await setup.api('GET', '/items/articles?aggregate[count]=*');
      const answer = await gql(`mutation {
        create_articles_items(data: [{ id: 20, title: "One", slug: "unique-1" }, { id: 21, title: "Two", slug: "alpha" }]) { id }
      }`);
      expect(answer.status).toBe(200);
      expect(answer.body.data).toBeNull();
      expect(answer.body.errors).toHaveLength(1);
      expect(answer.body.errors[0].extensions).toMatchObject({ code: 'RECORD_NOT_UNIQUE', field: 'slug' });
      expect(answer.body.errors[0].path).toEqual(['create_articles_items']);
      const rest = await setup.api('GET', '/items/articles?filter[slug][_eq]=unique-1');
      expect(rest.body.data).toEqual([]);
      expect(await setup.api('GET', '/items/articles?aggregate[count]=*')).toEqual(before);
    });

    it('refuses a mutation sent with GET', async () => {
      const response = await setup.server.app.inject({
        method: 'GET',
        url: `/graphql?query=${encodeURIComponent('mutation { delete_tags_item(id: 1) { id } }')}`,
        headers: { authorization: 'Bearer admin-static-token' },
      });
      expect(response.statusCode).toBe(405);
      expect(response.json().errors[0].extensions.code).toBe('METHOD_NOT_ALLOWED');
      expect((await setup.api('GET', '/items/tags/1?fields=id')).body).toEqual({ data: { id: 1 } });
    });
  });
}
