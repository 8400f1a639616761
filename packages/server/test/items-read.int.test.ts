import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANN, BOB, createItemsReadSetup, type ItemsReadSetup } from './items-read-fixture.js';

const GENERIC_403 = {
  errors: [{ message: "You don't have permission to access this.", extensions: { code: 'FORBIDDEN' } }],
};

const collection403 = (collection: string) => {
  const reason = `You don't have permission to access collection "${collection}" or it does not exist. Queried in root.`;
  return { errors: [{ message: reason, extensions: { reason, code: 'FORBIDDEN' } }] };
};

for (const engine of listTestEngines()) {
  warnSkipped(engine, '/items read tests', '@plinth/server');
  describe.skipIf(!engine.url)(`/items reads on ${engine.client}`, () => {
    let setup: ItemsReadSetup;

    beforeAll(async () => {
      setup = await createItemsReadSetup(engine);
    });
    afterAll(async () => {
      await setup?.close();
    });

    it('lists every field, relational aliases as keys, without meta', async () => {
      const response = await setup.api('GET', '/items/articles');
      expect(response).toEqual({
        status: 200,
        body: {
          data: [
            {
              id: 1,
              title: 'Alpha',
              slug: 'alpha',
              status: 'published',
              author: ANN,
              comments: [1, 2],
              tags: [1, 2],
            },
            { id: 2, title: 'Beta', slug: 'beta', status: 'draft', author: BOB, comments: [3], tags: [3] },
            {
              id: 3,
              title: 'Gamma',
              slug: 'gamma',
              status: 'published',
              author: null,
              comments: [],
              tags: [],
            },
          ],
        },
      });
    });

    it('answers the worked list example with only the meta asked for', async () => {
      const url =
        '/items/articles?fields=id,title,author.name&filter[status][_eq]=published&sort=-id&limit=2&meta=filter_count';
      expect(await setup.api('GET', url)).toEqual({
        status: 200,
        body: {
          data: [
            { id: 3, title: 'Gamma', author: null },
            { id: 1, title: 'Alpha', author: { name: 'Ann' } },
          ],
          meta: { filter_count: 2 },
        },
      });
      const both = await setup.api('GET', '/items/articles?filter[status][_eq]=draft&fields=id&meta=*');
      expect(both.body).toEqual({ data: [{ id: 2 }], meta: { total_count: 3, filter_count: 1 } });
    });

    it('reads the SDK encoding and the bracket encoding alike', async () => {
      const filter = encodeURIComponent(JSON.stringify({ author: { name: { _eq: 'Bob' } } }));
      const json = await setup.api('GET', `/items/articles?fields=id,slug&filter=${filter}`);
      const brackets = await setup.api(
        'GET',
        '/items/articles?fields[]=id&fields[]=slug&filter[author][name][_eq]=Bob',
      );
      expect(json).toEqual({ status: 200, body: { data: [{ id: 2, slug: 'beta' }] } });
      expect(brackets).toEqual(json);
    });

    it('reads one item by key with nested m2m fields', async () => {
      expect(await setup.api('GET', '/items/articles/1?fields=id,tags.tags_id.name')).toEqual({
        status: 200,
        body: { data: { id: 1, tags: [{ tags_id: { name: 'news' } }, { tags_id: { name: 'tech' } }] } },
      });
      const author = await setup.api('GET', `/items/authors/${BOB}?fields=name`);
      expect(author).toEqual({ status: 200, body: { data: { name: 'Bob' } } });
    });

    it('reads many-to-any blocks per scope', async () => {
      const url =
        '/items/pages/1?fields=title,blocks.collection,blocks.item:headings.title,blocks.item:texts.body';
      expect((await setup.api('GET', url)).body).toEqual({
        data: {
          title: 'Home',
          blocks: [
            { collection: 'headings', item: { title: 'Welcome' } },
            { collection: 'texts', item: { body: 'Body text' } },
          ],
        },
      });
    });

    it('answers a missing or malformed key with the generic 403, admins included', async () => {
      for (const url of [
        '/items/articles/99999',
        '/items/articles/abc',
        '/items/articles/1.5',
        '/items/authors/x',
        `/items/authors/${ANN.replace('6f', '00')}`,
        '/items/articles/1?filter[status][_eq]=draft',
      ]) {
        expect(await setup.api('GET', url), url).toEqual({ status: 403, body: GENERIC_403 });
      }
    });

    it('refuses unknown collections with the reason and system ones without', async () => {
      expect(await setup.api('GET', '/items/nope')).toEqual({ status: 403, body: collection403('nope') });
      expect(await setup.api('GET', '/items/nope/1')).toEqual({ status: 403, body: collection403('nope') });
      for (const url of ['/items/directus_users', '/items/directus_users/1', '/items/directus_roles']) {
        expect(await setup.api('GET', url), url).toEqual({ status: 403, body: GENERIC_403 });
      }
      const search = await setup.api('SEARCH', '/items/directus_users', { query: {} });
      expect(search).toEqual({ status: 403, body: GENERIC_403 });
    });

    it('refuses anonymous callers', async () => {
      const response = await setup.server.app.inject({ method: 'GET', url: '/items/articles' });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toEqual(collection403('articles'));
      const one = await setup.server.app.inject({ method: 'GET', url: '/items/articles/1' });
      expect(one.json()).toEqual(collection403('articles'));
    });

    it('refuses unknown fields and malformed queries', async () => {
      const field = await setup.api('GET', '/items/articles?fields=id,nope');
      const reason =
        'You don\'t have permission to access field "nope" in collection "articles" or it does not exist. Queried in root.';
      expect(field).toEqual({
        status: 403,
        body: { errors: [{ message: reason, extensions: { reason, code: 'FORBIDDEN' } }] },
      });
      const empty = await setup.api('GET', '/items/articles?filter[title][_eq]=');
      expect(empty.status).toBe(400);
      expect(empty.body.errors[0].extensions.code).toBe('INVALID_QUERY');
    });

    it('searches with a query body, or by keys shaped by the query string', async () => {
      const byQuery = await setup.api('SEARCH', '/items/articles', {
        query: { filter: { status: { _eq: 'draft' } }, fields: ['id', 'title'], meta: ['total_count'] },
      });
      expect(byQuery).toEqual({
        status: 200,
        body: { data: [{ id: 2, title: 'Beta' }], meta: { total_count: 3 } },
      });
      const byKeys = await setup.api('SEARCH', '/items/articles?fields=id,author.name', {
        keys: [3, 1, 404],
      });
      expect(byKeys).toEqual({
        status: 200,
        body: {
          data: [
            { id: 1, author: { name: 'Ann' } },
            { id: 3, author: null },
          ],
        },
      });
      const both = await setup.api('SEARCH', '/items/articles', { keys: [1], query: {} });
      expect(both.status).toBe(400);
      expect(both.body.errors[0].extensions.code).toBe('INVALID_PAYLOAD');
      const badKey = await setup.api('SEARCH', '/items/articles', { keys: ['abc'] });
      expect(badKey).toEqual({ status: 403, body: GENERIC_403 });
    });

    it('reads a singleton as one object: defaults first, then its row', async () => {
      const field = await setup.api('POST', '/fields/settings_page', {
        field: 'theme',
        type: 'string',
        schema: { default_value: 'light' },
      });
      expect(field.status).toBe(200);
      expect(await setup.api('GET', '/items/settings_page')).toEqual({
        status: 200,
        body: { data: { id: null, headline: null, theme: 'light' } },
      });
      expect((await setup.api('GET', '/items/settings_page?fields=theme')).body).toEqual({
        data: { theme: 'light' },
      });
      await setup.server.database.kysely
        .insertInto('settings_page')
        .values({ id: 1, headline: 'Hello', theme: 'dark' })
        .execute();
      expect(await setup.api('GET', '/items/settings_page?meta=*')).toEqual({
        status: 200,
        body: { data: { id: 1, headline: 'Hello', theme: 'dark' } },
      });
    });
  });
}
