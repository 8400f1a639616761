import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphQL } from './graphql-fixture.js';
import { ANN, BOB, createItemsReadSetup, type ItemsReadSetup } from './items-read-fixture.js';

/** A REST item as GraphQL returns it: primary and foreign keys typed `ID` arrive as text. */
const withTextIds = (item: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(item).map(([key, value]) => [key, key === 'id' ? String(value) : value]));

for (const engine of listTestEngines()) {
  warnSkipped(engine, '/graphql query tests', '@plinth/server');
  describe.skipIf(!engine.url)(`/graphql reads on ${engine.client}`, () => {
    let setup: ItemsReadSetup;
    let gql: ReturnType<typeof createGraphQL>;

    beforeAll(async () => {
      setup = await createItemsReadSetup(engine);
      gql = createGraphQL(setup.server.app, 'admin-static-token');
    });
    afterAll(async () => {
      await setup?.close();
    });

    it('answers the same rows as REST for the worked list example', async () => {
      const rest = await setup.api(
        'GET',
        '/items/articles?fields=id,title,author.name&filter[status][_eq]=published&sort=-id&limit=2',
      );
      const answer = await gql(
        '{ articles(filter: { status: { _eq: "published" } }, sort: ["-id"], limit: 2) { id title author { name } } }',
      );
      expect(answer).toEqual({
        status: 200,
        body: {
          data: {
            articles: [
              { id: '3', title: 'Gamma', author: null },
              { id: '1', title: 'Alpha', author: { name: 'Ann' } },
            ],
          },
        },
      });
      expect(answer.body.data.articles).toEqual(rest.body.data.map(withTextIds));
    });

    it('reads o2m and m2m relations nested, with a relational filter', async () => {
      const answer = await gql(`{
        articles(filter: { author: { name: { _in: ["Ann", "Bob"] } } }, sort: ["-title"]) {
          id
          author { name }
          tags { tags_id { name } }
          comments { body }
        }
      }`);
      expect(answer.body).toEqual({
        data: {
          articles: [
            {
              id: '2',
              author: { name: 'Bob' },
              tags: [{ tags_id: { name: 'tech' } }],
              comments: [{ body: 'third' }],
            },
            {
              id: '1',
              author: { name: 'Ann' },
              tags: [{ tags_id: { name: 'news' } }, { tags_id: { name: 'tech' } }],
              comments: [{ body: 'first' }, { body: 'second' }],
            },
          ],
        },
      });
    });

    it('filters through o2m with _some and a count function, and limits nested lists by arguments', async () => {
      const some = await gql(`{
        articles(filter: { comments: { _some: { body: { _contains: "ir" } } } }) {
          slug
          comments(limit: 1, sort: ["-id"]) { id }
        }
      }`);
      expect(some.body).toEqual({
        data: {
          articles: [
            { slug: 'alpha', comments: [{ id: '2' }] },
            { slug: 'beta', comments: [{ id: '3' }] },
          ],
        },
      });
      const counted = await gql('{ articles(filter: { comments_func: { count: { _gt: 1 } } }) { slug } }');
      expect(counted.body).toEqual({ data: { articles: [{ slug: 'alpha' }] } });
    });

    it('pages with limit, offset and page, and searches', async () => {
      const page = await gql('{ articles(sort: ["id"], limit: 1, page: 2) { slug } }');
      expect(page.body).toEqual({ data: { articles: [{ slug: 'beta' }] } });
      const offset = await gql('{ articles(sort: ["id"], limit: 2, offset: 2) { slug } }');
      expect(offset.body).toEqual({ data: { articles: [{ slug: 'gamma' }] } });
      const search = await gql('{ articles(search: "amm") { slug } }');
      const rest = await setup.api('GET', '/items/articles?search=amm&fields=slug');
      expect(search.body.data.articles).toEqual([{ slug: 'gamma' }]);
      expect(search.body.data.articles).toEqual(rest.body.data);
    });

    it('aggregates with groupBy the way REST does', async () => {
      const answer = await gql(
        '{ articles_aggregated(groupBy: ["status"], sort: ["status"]) { group count { id } countAll } }',
      );
      type Row = { group: unknown; count: { id: number }; countAll: number };
      const rows = (answer.body.data.articles_aggregated as Row[]).map((row) => ({
        group: row.group,
        count: row.count.id,
        countAll: row.countAll,
      }));
      expect(rows).toEqual([
        { group: { status: 'draft' }, count: 1, countAll: 1 },
        { group: { status: 'published' }, count: 2, countAll: 2 },
      ]);
      const rest = await setup.api('GET', '/items/articles?aggregate[count]=id&groupBy=status&sort=status');
      const restCounts = (rest.body.data as Array<{ count: { id: unknown } }>).map((row) =>
        Number(row.count.id),
      );
      expect(rows.map((row) => row.count)).toEqual(restCounts);
      const all = await gql(
        '{ comments_aggregated(filter: { article: { id: { _eq: 1 } } }) { countAll max { id } } }',
      );
      expect(all.body.data.comments_aggregated).toEqual([{ countAll: 2, max: { id: 2 } }]);
    });

    it('reads by id, uuid keys included, and refuses a missing one in-band', async () => {
      const one = await gql('{ articles_by_id(id: 1) { id tags { tags_id { name } } } }');
      expect(one.body).toEqual({
        data: {
          articles_by_id: { id: '1', tags: [{ tags_id: { name: 'news' } }, { tags_id: { name: 'tech' } }] },
        },
      });
      const author = await gql('query ($id: ID!) { authors_by_id(id: $id) { name } }', { id: BOB });
      expect(author.body).toEqual({ data: { authors_by_id: { name: 'Bob' } } });
      const missing = await gql('{ articles_by_id(id: 99999) { id } }');
      expect(missing.status).toBe(200);
      expect(missing.body).toEqual({
        data: { articles_by_id: null },
        errors: [
          {
            message: "You don't have permission to access this.",
            locations: [{ line: 1, column: 3 }],
            path: ['articles_by_id'],
            extensions: { code: 'FORBIDDEN' },
          },
        ],
      });
    });

    it('reads many-to-any blocks through union fragments', async () => {
      const answer = await gql(`{
        pages_by_id(id: 1) {
          title
          blocks { item { __typename ... on headings { title } ... on texts { body } } }
        }
      }`);
      expect(answer.body).toEqual({
        data: {
          pages_by_id: {
            title: 'Home',
            blocks: [
              { item: { __typename: 'headings', title: 'Welcome' } },
              { item: { __typename: 'texts', body: 'Body text' } },
            ],
          },
        },
      });
    });

    it('reads one relation twice under aliases, and scalars under aliases', async () => {
      const answer = await gql(`{
        articles(filter: { id: { _eq: 1 } }) {
          heading: title
          first: comments(sort: ["id"], limit: 1) { body }
          last: comments(sort: ["-id"], limit: 1) { text: body }
          writer: author { name }
        }
      }`);
      expect(answer.body).toEqual({
        data: {
          articles: [
            {
              heading: 'Alpha',
              first: [{ body: 'first' }],
              last: [{ text: 'second' }],
              writer: { name: 'Ann' },
            },
          ],
        },
      });
    });

    it('takes variables and fragments', async () => {
      const answer = await gql(
        `query Articles($status: String, $take: Int) {
          articles(filter: { status: { _eq: $status } }, limit: $take, sort: ["id"]) { ...card }
        }
        fragment card on articles { slug author { id } }`,
        { status: 'published', take: 5 },
      );
      expect(answer.body).toEqual({
        data: {
          articles: [
            { slug: 'alpha', author: { id: ANN } },
            { slug: 'gamma', author: null },
          ],
        },
      });
    });

    it('reads the singleton as an object', async () => {
      const answer = await gql('{ settings_page { id headline } }');
      expect(answer.body).toEqual({ data: { settings_page: { id: null, headline: null } } });
    });

    it('runs one statement per root field, relations included', async () => {
      await gql('{ articles { id } }'); // warms the schema and plan caches
      const before = setup.statements.length;
      const answer = await gql(`{
        articles { id author { name } comments { body } tags { tags_id { name } } }
        pages { blocks { item { ... on headings { title } } } }
      }`);
      expect(answer.body.errors).toBeUndefined();
      const ran = setup.statements.slice(before).filter((sql) => !/directus_/.test(sql));
      expect(ran).toHaveLength(2);
    });

    it('sees a data-model change at once, and reads and filters date parts', async () => {
      const before = await gql('{ articles { published_at } }');
      expect(before.status).toBe(400);
      expect(
        (await setup.api('POST', '/fields/articles', { field: 'published_at', type: 'dateTime' })).status,
      ).toBe(200);
      await setup.api('PATCH', '/items/articles/1', { published_at: '2024-03-05T10:20:30' });
      const answer = await gql(`{
        articles(filter: { published_at_func: { year: { _eq: 2024 } } }) {
          id published_at_func { year month day hour minute }
        }
      }`);
      expect(answer.body).toEqual({
        data: {
          articles: [{ id: '1', published_at_func: { year: 2024, month: 3, day: 5, hour: 10, minute: 20 } }],
        },
      });
    });
  });
}
