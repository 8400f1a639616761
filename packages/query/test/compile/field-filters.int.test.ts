import type { PlinthDatabase } from '@plinth/database';
import { isPlinthError } from '@plinth/errors';
import { createTestDatabase, listTestEngines, warnSkipped } from '@plinth/test-kit';
import type { Filter, SchemaOverview } from '@plinth/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadPolicy, ReadPolicyResolver } from '../../src/validate/read-policy.js';
import { createFixture } from './lib/create-fixture.js';
import { runRead } from './lib/run-read.js';

const published: Filter = { status: { _eq: 'published' } };

/** Articles: title, rating and the relations readable only on published rows; blocks only on "home". */
const policy: ReadPolicyResolver = (collection) => {
  const byCollection: Record<string, ReadPolicy> = {
    articles: {
      fields: new Set(['id', 'status', 'title', 'rating', 'author', 'comments', 'tags']),
      fieldFilters: new Map(['title', 'rating', 'author', 'comments', 'tags'].map((f) => [f, published])),
    },
    comments: { fields: '*', fieldFilters: new Map([['article', { body: { _neq: 'meh' } }]]) },
    pages: { fields: '*', fieldFilters: new Map([['blocks', { title: { _eq: 'home' } }]]) },
  };
  return byCollection[collection] ?? { fields: '*' };
};

const ids = (data: unknown) => (data as Array<{ id: number }>).map((row) => row.id);

for (const engine of listTestEngines()) {
  warnSkipped(engine, 'field filter tests', '@plinth/query');
  describe.skipIf(!engine.url)(`field filters on ${engine.client}`, () => {
    let db: PlinthDatabase;
    let schema: SchemaOverview;
    let drop: () => Promise<void>;
    const read = (collection: string, raw: Record<string, unknown>) =>
      runRead(db, schema, collection, raw, policy);

    beforeAll(async () => {
      const created = await createTestDatabase(engine, { prefix: 'plinth_query' });
      db = created.database;
      drop = created.drop;
      schema = await createFixture(db);
    });
    afterAll(async () => drop?.());

    it('returns guarded values, m2o objects and o2m/m2m lists only on matching rows', async () => {
      const { data } = await read('articles', {
        fields: 'id,title,rating,author.name,comments.body,tags.tags_id.name',
        sort: 'id',
      });
      expect(data).toEqual([
        {
          id: 1,
          title: 'hello world',
          rating: 4.5,
          author: { name: 'ada' },
          comments: [{ body: 'great' }, { body: 'thanks' }, { body: 'meh' }],
          tags: [{ tags_id: { name: 'news' } }, { tags_id: { name: 'tech' } }],
        },
        { id: 2, title: null, rating: null, author: null, comments: null, tags: null },
        {
          id: 3,
          title: 'third_100%',
          rating: null,
          author: { name: 'bob' },
          comments: [],
          tags: [{ tags_id: { name: 'life' } }],
        },
        { id: 4, title: null, rating: null, author: null, comments: null, tags: null },
        { id: 5, title: 'fifth', rating: 1.25, author: { name: 'bob' }, comments: [], tags: [] },
      ]);
    });

    it('guards the raw keys of relational fields and nested levels', async () => {
      const plain = await read('articles', { fields: 'id,author,comments', filter: { id: { _in: [1, 2] } } });
      expect(plain.data).toEqual([
        { id: 1, author: 1, comments: [1, 2, 3] },
        { id: 2, author: null, comments: null },
      ]);
      const nested = await read('authors', { fields: 'id,articles.id,articles.title', filter: { id: 1 } });
      expect(nested.data).toEqual([
        {
          id: 1,
          articles: [
            { id: 1, title: 'hello world' },
            { id: 2, title: null },
          ],
        },
      ]);
      const inList = await read('articles', {
        fields: 'id,comments.id,comments.article.id',
        filter: { id: 1 },
      });
      expect(inList.data).toEqual([
        {
          id: 1,
          comments: [
            { id: 1, article: { id: 1 } },
            { id: 2, article: { id: 1 } },
            { id: 3, article: null },
          ],
        },
      ]);
    });

    it('guards many-to-any lists', async () => {
      const { data } = await read('pages', { fields: 'id,blocks.collection', sort: 'id' });
      expect(data).toEqual([
        {
          id: 1,
          blocks: [{ collection: 'texts' }, { collection: 'headings' }, { collection: 'headings' }],
        },
        { id: 2, blocks: null },
      ]);
    });

    it('returns null for many-to-any items in a collection the caller cannot read', async () => {
      const noHeadings: ReadPolicyResolver = (collection) =>
        collection === 'headings' ? null : { fields: '*' };
      const { data } = await runRead(
        db,
        schema,
        'pages',
        {
          fields: 'id,blocks.collection,blocks.item:headings.title,blocks.item:texts.body',
          filter: { id: 1 },
        },
        noHeadings,
      );
      expect(data).toEqual([
        {
          id: 1,
          blocks: [
            { collection: 'texts', item: { body: 'lorem' } },
            { collection: 'headings', item: null },
            { collection: 'headings', item: null },
          ],
        },
      ]);
    });

    it('filters, searches and counts on the guarded value, never the hidden one', async () => {
      expect(
        ids((await read('articles', { fields: 'id', filter: { title: { _eq: 'second post' } } })).data),
      ).toEqual([]);
      expect(
        ids((await read('articles', { fields: 'id', filter: { title: { _null: true } } })).data),
      ).toEqual([2, 4]);
      expect(ids((await read('articles', { fields: 'id', filter: { rating: { _gte: 3 } } })).data)).toEqual([
        1,
      ]);
      expect(ids((await read('articles', { fields: 'id', search: 'second' })).data)).toEqual([]);
      expect(ids((await read('articles', { fields: 'id', search: 'fifth' })).data)).toEqual([5]);
      const byCount = await read('articles', { fields: 'id', filter: { 'count(comments)': { _gt: 0 } } });
      expect(ids(byCount.data)).toEqual([1]);
      const meta = await read('articles', { fields: 'id', filter: { title: { _nnull: true } }, meta: '*' });
      expect(meta.meta).toEqual({ total_count: 5, filter_count: 3 });
    });

    it('applies the guard to relational filters: m2o paths, _some and _none', async () => {
      const byAuthor = await read('articles', { fields: 'id', filter: { author: { name: { _eq: 'ada' } } } });
      expect(ids(byAuthor.data)).toEqual([1]);
      const some = await read('articles', { fields: 'id', filter: { comments: { _some: { body: 'ok' } } } });
      expect(ids(some.data)).toEqual([]);
      const none = await read('articles', {
        fields: 'id',
        filter: { comments: { _none: { body: 'great' } } },
      });
      expect(ids(none.data)).toEqual([2, 3, 4, 5]);
      const tags = await read('articles', { fields: 'id', filter: { tags: { tags_id: { name: 'tech' } } } });
      expect(ids(tags.data)).toEqual([1]);
    });

    it('sorts on the guarded value, directly and through a guarded m2o', async () => {
      const direct = await read('articles', {
        fields: 'id',
        filter: { rating: { _nnull: true } },
        sort: '-rating',
      });
      expect(ids(direct.data)).toEqual([1, 5]);
      const through = await read('articles', {
        fields: 'id',
        filter: { id: { _in: [1, 2] } },
        sort: '-author.name,id',
      });
      const [first, second] = ids(through.data);
      // Article 2's author is hidden, so both sort as ada only where readable: 1 has "ada", 2 has NULL.
      expect([first, second].sort()).toEqual([1, 2]);
      const nulls = await read('articles', {
        fields: 'id',
        filter: { _and: [{ id: { _in: [1, 2, 5] } }, { author: { name: { _nnull: true } } }] },
        sort: 'author.name',
      });
      expect(ids(nulls.data)).toEqual([1, 5]);
    });

    it('aggregates and groups the guarded value', async () => {
      const sum = await read('articles', { aggregate: { sum: 'rating', count: 'title' } });
      expect(sum.data).toEqual([{ sum: { rating: 5.75 }, count: { title: 3 } }]);
      const grouped = await read('articles', {
        aggregate: { count: '*' },
        groupBy: 'title',
        filter: { id: { _in: [1, 2, 4] } },
        sort: 'title',
      });
      expect(grouped.data).toEqual([
        { title: null, count: 2 },
        { title: 'hello world', count: 1 },
      ]);
    });
  });
}

describe('side doors on fields the policy does not grant', () => {
  let schema: SchemaOverview;
  let db: PlinthDatabase;
  let drop: () => Promise<void>;
  const limited: ReadPolicyResolver = (collection) =>
    collection === 'articles'
      ? { fields: new Set(['id', 'title', 'author', 'comments']) }
      : collection === 'authors'
        ? { fields: new Set(['id', 'name']) }
        : { fields: '*' };
  beforeAll(async () => {
    const created = await createTestDatabase({ client: 'sqlite', url: 'file' }, { prefix: 'plinth_query' });
    db = created.database;
    drop = created.drop;
    schema = await createFixture(db);
  });
  afterAll(async () => drop?.());

  async function refusal(raw: Record<string, unknown>): Promise<string | undefined> {
    try {
      await runRead(db, schema, 'articles', raw, limited);
    } catch (error) {
      if (isPlinthError(error, 'FORBIDDEN')) return (error.extensions as { reason?: string }).reason;
      throw error;
    }
    return 'allowed';
  }
  const message = (field: string, collection: string, where: string) =>
    `You don't have permission to access field "${field}" in collection "${collection}" or it does not exist. Queried in ${where}.`;

  it.each([
    ['filter', { filter: { status: 'draft' } }, message('status', 'articles', 'root')],
    [
      'filter through m2o',
      { filter: { author: { email: { _null: true } } } },
      message('email', 'authors', '"author"'),
    ],
    ['sort', { sort: 'status' }, message('status', 'articles', 'root')],
    ['sort through m2o', { sort: 'author.email' }, message('email', 'authors', '"author"')],
    ['aggregate', { aggregate: { sum: 'rating' } }, message('rating', 'articles', 'root')],
    ['groupBy', { aggregate: { count: '*' }, groupBy: 'status' }, message('status', 'articles', 'root')],
    ['function field', { fields: 'year(published_on)' }, message('published_on', 'articles', 'root')],
    [
      'deep filter',
      { fields: 'id,author.name', deep: { author: { _filter: { email: { _null: true } } } } },
      message('email', 'authors', '"author"'),
    ],
    [
      'deep on an unselected hidden field',
      { fields: 'id', deep: { tags: { _limit: 1 } } },
      message('tags', 'articles', 'root'),
    ],
    [
      'alias to a hidden field',
      { fields: 'id,x', alias: { x: 'status' } },
      message('status', 'articles', 'root'),
    ],
  ])('refuses %s', async (_name, raw, reason) => {
    expect(await refusal(raw)).toBe(reason);
  });

  it('searches only readable fields', async () => {
    const { data } = await runRead(db, schema, 'articles', { fields: 'id', search: 'draft' }, limited);
    expect(data).toEqual([]);
    const admin = await runRead(db, schema, 'articles', { fields: 'id', search: 'draft' });
    expect(ids(admin.data)).toEqual([2]);
  });
});
