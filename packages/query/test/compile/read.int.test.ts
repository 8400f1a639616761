import type { PlinthDatabase } from '@plinth/database';
import { createTestDatabase, listTestEngines, warnSkipped } from '@plinth/test-kit';
import type { SchemaOverview } from '@plinth/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture } from './lib/create-fixture.js';
import { runRead } from './lib/run-read.js';
import { filterCases, otherFilterCases } from './read-cases.js';
import { shapeCases } from './read-shape-cases.js';

const cases = [...filterCases, ...otherFilterCases, ...shapeCases];

for (const engine of listTestEngines()) {
  warnSkipped(engine, 'read tests', '@plinth/query');
  describe.skipIf(!engine.url)(`read on ${engine.client}`, () => {
    let db: PlinthDatabase;
    let schema: SchemaOverview;
    let drop: () => Promise<void>;

    beforeAll(async () => {
      const created = await createTestDatabase(engine, { prefix: 'plinth_query' });
      db = created.database;
      drop = created.drop;
      schema = await createFixture(db);
    });
    afterAll(async () => drop?.());

    it.each(cases)('$name', async ({ collection, query, expected }) => {
      const { data } = await runRead(db, schema, collection ?? 'articles', query);
      expect(data).toEqual(expected);
    });

    it('returns only the meta counts asked for', async () => {
      const both = await runRead(db, schema, 'articles', {
        fields: 'id',
        filter: { status: 'published' },
        meta: '*',
      });
      expect(both.meta).toEqual({ total_count: 5, filter_count: 3 });
      const one = await runRead(db, schema, 'articles', {
        fields: 'id',
        search: 'post',
        meta: 'filter_count',
      });
      expect(one.meta).toEqual({ filter_count: 1 });
      const none = await runRead(db, schema, 'articles', { fields: 'id' });
      expect(none.meta).toBeUndefined();
    });

    it('applies a policy at every level: row filters, counts and hidden fields', async () => {
      const policy = (collection: string) =>
        collection === 'comments'
          ? { filter: { body: { _neq: 'meh' } } }
          : collection === 'articles'
            ? {
                filter: { status: { _neq: 'archived' } },
                fields: new Set(['id', 'title', 'comments', 'author']),
              }
            : { fields: '*' as const };
      const { data, meta } = await runRead(
        db,
        schema,
        'articles',
        { fields: '*,comments.body,count(comments)', filter: { id: { _lte: 4 } }, meta: '*' },
        policy,
      );
      expect(data).toEqual([
        {
          id: 1,
          title: 'hello world',
          author: 1,
          comments: [{ body: 'great' }, { body: 'thanks' }],
          comments_count: 2,
        },
        { id: 2, title: 'second post', author: 1, comments: [{ body: 'ok' }], comments_count: 1 },
        { id: 3, title: 'third_100%', author: 2, comments: [], comments_count: 0 },
      ]);
      expect(meta).toEqual({ total_count: 4, filter_count: 3 });
      const related = await runRead(
        db,
        schema,
        'authors',
        { fields: 'id,articles.id', filter: { id: 1 } },
        (c) => (c === 'articles' ? { filter: { status: 'draft' } } : { fields: '*' }),
      );
      expect(related.data).toEqual([{ id: 1, articles: [{ id: 2 }] }]);
    });
  });
}
