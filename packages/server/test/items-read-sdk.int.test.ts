import { aggregate, readItem, readItems, readSingleton } from '@directus/sdk';
import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItemsReadSetup, type ItemsReadSetup, statementsOn } from './items-read-fixture.js';

for (const engine of listTestEngines()) {
  warnSkipped(engine, '/items SDK and statement-count tests', '@plinth/server');
  describe.skipIf(!engine.url)(`/items through @directus/sdk on ${engine.client}`, () => {
    let setup: ItemsReadSetup;

    beforeAll(async () => {
      setup = await createItemsReadSetup(engine);
    });
    afterAll(async () => {
      await setup?.close();
    });

    it('reads nested fields with a relational filter', async () => {
      const items = await setup.sdk.request(
        readItems('articles', {
          fields: ['id', { author: ['name'] }, { tags: [{ tags_id: ['name'] }] }, { comments: ['body'] }],
          filter: { author: { name: { _in: ['Ann', 'Bob'] } } },
          sort: ['-title'],
        }),
      );
      expect(items).toEqual([
        {
          id: 2,
          author: { name: 'Bob' },
          tags: [{ tags_id: { name: 'tech' } }],
          comments: [{ body: 'third' }],
        },
        {
          id: 1,
          author: { name: 'Ann' },
          tags: [{ tags_id: { name: 'news' } }, { tags_id: { name: 'tech' } }],
          comments: [{ body: 'first' }, { body: 'second' }],
        },
      ]);
    });

    it('filters through o2m with _some and limits nested lists with deep', async () => {
      const items = await setup.sdk.request(
        readItems('articles', {
          fields: ['slug', { comments: ['id'] }],
          filter: { comments: { _some: { body: { _contains: 'ir' } } } },
          deep: { comments: { _limit: 1, _sort: ['-id'] } },
        }),
      );
      expect(items).toEqual([
        { slug: 'alpha', comments: [{ id: 2 }] },
        { slug: 'beta', comments: [{ id: 3 }] },
      ]);
    });

    it('aggregates counts grouped by status', async () => {
      const rows = await setup.sdk.request(
        aggregate('articles', { aggregate: { count: '*' }, groupBy: ['status'] }),
      );
      const counts = (rows as Array<Record<string, unknown>>).map((row) => ({
        status: row['status'],
        count: Number(row['count']),
      }));
      expect(counts).toEqual([
        { status: 'draft', count: 1 },
        { status: 'published', count: 2 },
      ]);
    });

    it('reads one item and the singleton', async () => {
      expect(await setup.sdk.request(readItem('tags', 2, { fields: ['name'] }))).toEqual({ name: 'tech' });
      expect(await setup.sdk.request(readSingleton('settings_page'))).toEqual({ id: null, headline: null });
      await expect(setup.sdk.request(readItem('tags', 9))).rejects.toMatchObject({
        response: { status: 403 },
      });
    });

    it('reads three relations deep in one statement, and a malformed key in none', async () => {
      await setup.api('GET', '/items/comments/1'); // warms the schema cache
      const before = setup.statements.length;
      const response = await setup.api(
        'GET',
        '/items/comments?fields=id,article.author.name,article.tags.tags_id.name&filter[article][author][name][_eq]=Ann',
      );
      const ran = setup.statements.slice(before);
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual([
        {
          id: 1,
          article: {
            author: { name: 'Ann' },
            tags: [{ tags_id: { name: 'news' } }, { tags_id: { name: 'tech' } }],
          },
        },
        {
          id: 2,
          article: {
            author: { name: 'Ann' },
            tags: [{ tags_id: { name: 'news' } }, { tags_id: { name: 'tech' } }],
          },
        },
      ]);
      expect(statementsOn(ran, 'comments')).toHaveLength(1);
      expect(ran.filter((sql) => !/directus_/.test(sql))).toHaveLength(1);

      const beforeBad = setup.statements.length;
      expect((await setup.api('GET', '/items/comments/abc')).status).toBe(403);
      expect(statementsOn(setup.statements.slice(beforeBad), 'comments')).toHaveLength(0);
    });
  });
}

describe('/items limits from the settings', () => {
  let setup: ItemsReadSetup;
  const [sqlite] = listTestEngines();

  beforeAll(async () => {
    setup = await createItemsReadSetup(sqlite!, {
      QUERY_LIMIT_DEFAULT: '2',
      QUERY_LIMIT_MAX: '2',
      MAX_RELATIONAL_DEPTH: '2',
    });
  });
  afterAll(async () => {
    await setup?.close();
  });

  it('pages by QUERY_LIMIT_DEFAULT and refuses limits above QUERY_LIMIT_MAX', async () => {
    expect((await setup.api('GET', '/items/articles?fields=id')).body).toEqual({
      data: [{ id: 1 }, { id: 2 }],
    });
    expect((await setup.api('GET', '/items/articles?fields=id&limit=-1')).body.data).toHaveLength(2);
    const above = await setup.api('GET', '/items/articles?fields=id&limit=3');
    expect(above.status).toBe(400);
    expect(above.body.errors[0].extensions.code).toBe('INVALID_QUERY');
  });

  it('refuses paths deeper than MAX_RELATIONAL_DEPTH', async () => {
    const deep = await setup.api('GET', '/items/comments?fields=article.author.name');
    expect(deep.status).toBe(400);
    expect(deep.body.errors[0].extensions.reason).toMatch(/relational depth/i);
  });
});
