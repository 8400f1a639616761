import type { PlinthDatabase } from '@plinth/database';
import { createTestDatabase, listTestEngines, warnSkipped } from '@plinth/test-kit';
import type { SchemaOverview } from '@plinth/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture } from './lib/create-fixture.js';
import { runRead } from './lib/run-read.js';

for (const engine of listTestEngines()) {
  warnSkipped(engine, 'statement count tests', '@plinth/query');
  describe.skipIf(!engine.url)(`statement count on ${engine.client}`, () => {
    const statements: string[] = [];
    let db: PlinthDatabase;
    let schema: SchemaOverview;
    let drop: () => Promise<void>;

    beforeAll(async () => {
      const created = await createTestDatabase(engine, {
        prefix: 'plinth_query',
        log: (event) => statements.push(event.sql),
      });
      db = created.database;
      drop = created.drop;
      schema = await createFixture(db);
    });
    afterAll(async () => drop?.());

    it('reads three relations deep (m2o, o2m, m2m, m2a) in ONE statement', async () => {
      statements.length = 0;
      const { data } = await runRead(db, schema, 'comments', {
        fields: 'id,article.author.articles.tags.tags_id.name,article.comments.body',
        filter: { id: 4 },
      });
      expect(statements).toHaveLength(1);
      expect(data).toEqual([
        {
          id: 4,
          article: {
            author: {
              articles: [
                { tags: [{ tags_id: { name: 'news' } }, { tags_id: { name: 'tech' } }] },
                { tags: [{ tags_id: { name: 'tech' } }] },
              ],
            },
            comments: [{ body: 'ok' }],
          },
        },
      ]);
      statements.length = 0;
      await runRead(db, schema, 'pages', { fields: 'blocks.item:headings.title,blocks.item:texts.*' });
      expect(statements).toHaveLength(1);
    });

    it('runs one more small statement per meta count', async () => {
      statements.length = 0;
      await runRead(db, schema, 'articles', { fields: 'id,comments.id', meta: '*' });
      expect(statements).toHaveLength(3);
    });
  });
}
