import type { PlinthDatabase } from '@plinth/database';
import { isPlinthError } from '@plinth/errors';
import { createTestDatabase, listTestEngines, warnSkipped } from '@plinth/test-kit';
import type { SchemaOverview } from '@plinth/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture } from './lib/create-fixture.js';
import { runRead } from './lib/run-read.js';

// A small seeded generator, so a failure can be replayed.
function createRandom(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T };
}

const fields = [
  'id',
  'title',
  'status',
  'author',
  'published_on',
  'created_at',
  'updated_at',
  'start_time',
  'rating',
  'price',
  'views',
  'featured',
  'meta',
  'keywords',
  'secret',
  'ref',
  'body',
  'comments',
  'tags',
  'nope',
];
const paths = [
  ...fields,
  'author.name',
  'author.nope',
  'comments.body',
  'tags.tags_id.name',
  'year(created_at)',
  'count(comments)',
  'count(meta)',
  'hour(start_time)',
  'weekday(title)',
  'author.articles.title',
  'json(meta, tags[0])',
];
const operators = [
  '_eq',
  '_neq',
  '_lt',
  '_lte',
  '_gt',
  '_gte',
  '_in',
  '_nin',
  '_between',
  '_nbetween',
  '_null',
  '_nnull',
  '_empty',
  '_nempty',
  '_contains',
  '_ncontains',
  '_icontains',
  '_starts_with',
  '_nstarts_with',
  '_istarts_with',
  '_ends_with',
  '_iends_with',
  '_niends_with',
  '_some',
  '_none',
  '_ieq',
];
const values: unknown[] = [
  1,
  0,
  -3,
  2.5,
  'a',
  'hello',
  '%',
  '_',
  '\\',
  "'; drop table articles; --",
  '2024-01-15',
  '2024-01-15T10:30:00Z',
  '10:30',
  'true',
  true,
  false,
  null,
  '$NOW',
  '$NOW(-1 year)',
  '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
  [1, 2],
  ['a', 'b', 'c'],
  '1,2',
  { title: 'x' },
];

function randomQuery(random: ReturnType<typeof createRandom>): Record<string, unknown> {
  const filterKey = random.pick(paths.filter((path) => !path.startsWith('json(')));
  const operator = random.pick(operators);
  const value = random.pick(values);
  return {
    fields: [random.pick(paths), random.pick(paths)].join(','),
    filter: { [filterKey]: { [operator]: value } },
    sort: random.pick([
      'id',
      '-rating',
      'author.name',
      'year(created_at)',
      'comments',
      'nope',
      '-count(comments)',
    ]),
    limit: String(random.pick([-1, 0, 1, 3])),
    ...(random.next() < 0.2 ? { search: String(random.pick(values)) } : {}),
    ...(random.next() < 0.2
      ? {
          aggregate: {
            [random.pick(['count', 'sum', 'avg', 'min', 'max', 'countDistinct'])]: random.pick(fields),
          },
          groupBy: random.pick(['status', 'author', 'year(published_on)', 'meta']),
        }
      : {}),
  };
}

for (const engine of listTestEngines()) {
  warnSkipped(engine, 'fuzz tests', '@plinth/query');
  describe.skipIf(!engine.url)(`fuzz on ${engine.client}`, () => {
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

    it('only ever succeeds or refuses with FORBIDDEN / INVALID_QUERY, never a database error', async () => {
      const random = createRandom(20_240_301);
      const outcomes = { ok: 0, refused: 0 };
      for (let run = 0; run < 400; run++) {
        const raw = randomQuery(random);
        try {
          await runRead(db, schema, 'articles', raw);
          outcomes.ok++;
        } catch (error) {
          if (!isPlinthError(error, 'FORBIDDEN') && !isPlinthError(error, 'INVALID_QUERY'))
            throw new Error(`${JSON.stringify(raw)} failed: ${String(error)}`);
          outcomes.refused++;
        }
      }
      expect(outcomes.ok).toBeGreaterThan(20);
      expect(outcomes.refused).toBeGreaterThan(20);
    });
  });
}
