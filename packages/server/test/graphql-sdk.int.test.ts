import { createDirectus, graphql, staticToken } from '@directus/sdk';
import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANN, createItemsReadSetup, type ItemsReadSetup } from './items-read-fixture.js';

for (const engine of listTestEngines()) {
  warnSkipped(engine, '@directus/sdk graphql() tests', '@plinth/server');
  describe.skipIf(!engine.url)(
    `@directus/sdk graphql() against a listening server on ${engine.client}`,
    () => {
      let setup: ItemsReadSetup;
      let url: string;

      beforeAll(async () => {
        setup = await createItemsReadSetup(engine);
        url = await setup.server.app.listen({ port: 0, host: '127.0.0.1' });
      });
      afterAll(async () => {
        await setup?.close();
      });

      const client = (token: string | null) => {
        const base = createDirectus(url).with(graphql());
        return token ? base.with(staticToken(token)) : base;
      };

      it('queries with variables and reads nested relations', async () => {
        const result = await client('admin-static-token').query<{ articles: unknown[] }>(
          `query ($status: String!) {
          articles(filter: { status: { _eq: $status } }, sort: ["id"]) { slug author { id name } tags { tags_id { name } } }
        }`,
          { status: 'published' },
        );
        expect(result).toEqual({
          articles: [
            {
              slug: 'alpha',
              author: { id: ANN, name: 'Ann' },
              tags: [{ tags_id: { name: 'news' } }, { tags_id: { name: 'tech' } }],
            },
            { slug: 'gamma', author: null, tags: [] },
          ],
        });
      });

      it('runs mutations and aggregates', async () => {
        const sdk = client('admin-static-token');
        const created = await sdk.query(
          'mutation ($name: String) { create_tags_item(data: { id: 30, name: $name }) { id name } }',
          { name: 'sdk' },
        );
        expect(created).toEqual({ create_tags_item: { id: '30', name: 'sdk' } });
        const counted = await sdk.query('{ tags_aggregated { countAll } }');
        expect(counted).toEqual({ tags_aggregated: [{ countAll: 3 }] });
      });

      it('throws the in-band errors with their codes', async () => {
        await expect(
          client('admin-static-token').query('{ articles_by_id(id: 404) { id } }'),
        ).rejects.toMatchObject({
          errors: [{ extensions: { code: 'FORBIDDEN' }, path: ['articles_by_id'] }],
          response: { status: 200 },
        });
        await expect(client('admin-static-token').query('{ articles { nope } }')).rejects.toMatchObject({
          errors: [{ extensions: { code: 'GRAPHQL_VALIDATION' } }],
          response: { status: 400 },
        });
      });
    },
  );
}
