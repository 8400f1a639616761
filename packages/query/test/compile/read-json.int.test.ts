import type { PlinthDatabase } from '@plinth/database';
import { createTestDatabase, listTestEngines, warnSkipped } from '@plinth/test-kit';
import type { SchemaOverview } from '@plinth/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareRead, runPreparedRead, runPreparedReadJson } from '../../src/compile/execute-read.js';
import { parseQuery } from '../../src/parse-query.js';
import { validateQuery } from '../../src/validate/validate-query.js';
import { createFixture } from './lib/create-fixture.js';
import { TEST_NOW } from './lib/run-read.js';
import { filterCases, otherFilterCases } from './read-cases.js';
import { shapeCases } from './read-shape-cases.js';

const cases = [...filterCases, ...otherFilterCases, ...shapeCases];

function prepare(
  db: PlinthDatabase,
  schema: SchemaOverview,
  collection: string,
  raw: Record<string, unknown>,
) {
  const query = parseQuery(raw, {
    defaultLimit: 100,
    maxLimit: Number.POSITIVE_INFINITY,
    maxRelationalDepth: 10,
  });
  return prepareRead(db, validateQuery(query, { schema, collection, now: TEST_NOW }));
}

/** The JSON text of a read is exactly what JSON.stringify writes for its items, passed through or not. */
async function expectSameText(db: PlinthDatabase, plan: ReturnType<typeof prepareRead>) {
  for (const options of [{}, { single: true }]) {
    const text = await runPreparedReadJson(db, plan, options);
    expect(text).toBe(JSON.stringify(await runPreparedRead(db, plan, options)));
  }
}

for (const engine of listTestEngines()) {
  warnSkipped(engine, 'read JSON text tests', '@plinth/query');
  describe.skipIf(!engine.url)(`read as JSON text on ${engine.client}`, () => {
    let db: PlinthDatabase;
    let schema: SchemaOverview;
    let drop: () => Promise<void>;

    beforeAll(async () => {
      const created = await createTestDatabase(engine, { prefix: 'plinth_query_json' });
      db = created.database;
      drop = created.drop;
      schema = await createFixture(db);
    });
    afterAll(async () => drop?.());

    it.each(cases)('$name', async ({ collection, query }) => {
      await expectSameText(db, prepare(db, schema, collection ?? 'articles', query));
    });

    it('writes escapes, non-ASCII text and numbers the engine spells its own way as JSON.stringify does', async () => {
      const texts = [
        'quote " backslash \\ slash /',
        'tab\tnew\nline\r\u0001\u001f\u007f',
        'é 漢字 😀 \u2028',
      ];
      for (const [index, body] of texts.entries()) {
        await db.kysely
          .insertInto('texts')
          .values({ id: 900 + index, body })
          .execute();
      }
      const plan = prepare(db, schema, 'texts', {
        fields: 'id,body',
        filter: { id: { _gte: 900 } },
        sort: 'id',
      });
      await expectSameText(db, plan);
      expect(JSON.parse(await runPreparedReadJson(db, plan))).toEqual(
        texts.map((body, index) => ({ id: 900 + index, body })),
      );
    });

    it('passes rows through only where the engine writes every value as the wire does', () => {
      const plain = prepare(db, schema, 'articles', { fields: 'id,title,author.name,comments.body' });
      expect(plain.wireJson).toBe(engine.client === 'sqlite');
      for (const fields of ['id,rating', 'id,meta', 'id,keywords', 'id,json(meta, n)']) {
        expect(prepare(db, schema, 'articles', { fields }).wireJson).toBe(false);
      }
      expect(prepare(db, schema, 'articles', { aggregate: { count: '*' } }).wireJson).toBe(false);
      expect(prepare(db, schema, 'articles', { fields: 'id,7', alias: { '7': 'title' } }).wireJson).toBe(
        false,
      );
    });

    it.runIf(engine.client === 'sqlite')(
      'parses rows holding a real or a long integer in an integer column (SQLite keeps what it is given)',
      async () => {
        await db.kysely.insertInto('pages_blocks').values({ id: 900, sort: 2.5 }).execute();
        await db.kysely.insertInto('pages_blocks').values({ id: 901, sort: 12345678901234567n }).execute();
        await db.kysely
          .insertInto('pages_blocks')
          .values({ id: 902, sort: 2 ** 70 })
          .execute();
        const plan = prepare(db, schema, 'pages_blocks', {
          fields: 'id,sort',
          filter: { id: { _gte: 900 } },
        });
        expect(plan.wireJson).toBe(true);
        await expectSameText(db, plan);
        expect(await runPreparedReadJson(db, plan)).toBe(
          '[{"id":900,"sort":2.5},{"id":901,"sort":12345678901234568},{"id":902,"sort":1.1805916207174113e+21}]',
        );
      },
    );
  });
}
