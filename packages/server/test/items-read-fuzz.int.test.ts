import { listTestEngines, warnSkipped } from '@plinth/test-kit';
import { stringify } from 'qs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItemsReadSetup, type ItemsReadSetup } from './items-read-fixture.js';

/** mulberry32: a seeded generator, so a failure can be replayed from the printed seed. */
function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return { next, pick };
}

type Random = ReturnType<typeof createRandom>;

const PATHS = [
  'id',
  'title',
  'slug',
  'status',
  'author',
  'author.name',
  'author.id',
  'comments',
  'comments.body',
  'comments.article.title',
  'tags',
  'tags.tags_id.name',
  'tags.tags_id',
  'nope',
  'author.nope',
  '*',
  '*.*',
  'year(title)',
  'count(comments)',
  'json(title, a.b)',
  'comments.count(id)',
  '',
  ' ',
  'title)',
  '((id',
  'author..name',
  'tags.tags_id.name.x',
  'id;drop table articles',
  "title' or 1=1--",
  '"title"',
  'ID',
  '$NOW',
  'comments:headings.body',
  'day(id)',
  'count(*)',
];
const OPERATORS = [
  '_eq',
  '_neq',
  '_lt',
  '_lte',
  '_gt',
  '_gte',
  '_in',
  '_nin',
  '_null',
  '_nnull',
  '_contains',
  '_icontains',
  '_ncontains',
  '_starts_with',
  '_ends_with',
  '_between',
  '_nbetween',
  '_empty',
  '_nempty',
  '_some',
  '_none',
  '_intersects',
  '_regex',
  '_bogus',
  'eq',
  '_and',
  '_or',
];
const VALUES: unknown[] = [
  1,
  0,
  -1,
  1.5,
  2 ** 60,
  'Alpha',
  '',
  ' ',
  'true',
  'null',
  '$NOW',
  '$NOW(-1 day)',
  '$CURRENT_USER',
  "'; --",
  '%',
  '_',
  '\\',
  [1, 2],
  [],
  ['a', 'b'],
  [1, 'x'],
  null,
  true,
  { _eq: 1 },
  { a: { b: 1 } },
  '6f1c2a3e-1b2c-4d5e-8f90-0123456789ab',
  '2024-01-01',
  'x'.repeat(300),
];

function randomFilter(random: Random, depth = 0): unknown {
  if (depth < 2 && random.next() < 0.2) {
    const logical = random.pick(['_and', '_or']);
    return { [logical]: [randomFilter(random, depth + 1), randomFilter(random, depth + 1)] };
  }
  const path = random.pick(PATHS).split('.');
  let leaf: unknown = { [random.pick(OPERATORS)]: random.pick(VALUES) };
  for (const segment of path.reverse()) leaf = { [segment]: leaf };
  return leaf;
}

function randomList(random: Random, prefix = ''): string[] {
  const count = 1 + Math.floor(random.next() * 3);
  return Array.from({ length: count }, () => `${random.next() < 0.3 ? prefix : ''}${random.pick(PATHS)}`);
}

/** One random query string over `fields`, `filter` and `sort`, in the SDK or the bracket encoding. */
function randomQueryString(random: Random): string {
  const query: Record<string, unknown> = {};
  const bracket = random.next() < 0.5;
  if (random.next() < 0.7) query['fields'] = bracket ? randomList(random) : randomList(random).join(',');
  if (random.next() < 0.7) {
    const filter = randomFilter(random);
    query['filter'] = bracket ? filter : random.next() < 0.1 ? '{"broken":' : JSON.stringify(filter);
  }
  if (random.next() < 0.6)
    query['sort'] = bracket ? randomList(random, '-') : randomList(random, '-').join(',');
  return stringify(query, { encodeValuesOnly: true });
}

const DATABASE_TEXT =
  /sqlite|SQLITE_|postgres|mysql|mariadb|ER_[A-Z_]+|syntax error|no such (column|table|function)|relation "|column "|near "|SQL|knex|kysely|undefined|TypeError/i;

for (const engine of listTestEngines()) {
  warnSkipped(engine, '/items fuzz test', '@plinth/server');
  describe.skipIf(!engine.url)(`/items fuzzed queries on ${engine.client}`, () => {
    let setup: ItemsReadSetup;

    beforeAll(async () => {
      setup = await createItemsReadSetup(engine);
    });
    afterAll(async () => {
      await setup?.close();
    });

    it('answers 500 random fields/filter/sort queries with data, 400 or 403, never a database error', async () => {
      const seed = 20240611;
      const random = createRandom(seed);
      const statuses = new Map<number, number>();
      for (let i = 0; i < 500; i++) {
        const url = `/items/articles?${randomQueryString(random)}`;
        const response = await setup.api('GET', url);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const context = `seed ${seed}, request ${i}: GET ${decodeURIComponent(url)} -> ${JSON.stringify(response.body)}`;
        expect([200, 400, 403], context).toContain(response.status);
        if (response.status !== 200) {
          expect(response.body.errors[0].extensions.code, context).toMatch(/^(INVALID_QUERY|FORBIDDEN)$/);
          expect(JSON.stringify(response.body), context).not.toMatch(DATABASE_TEXT);
        } else {
          expect(Array.isArray(response.body.data), context).toBe(true);
        }
      }
      // The generator must reach every outcome, or it is not exploring much.
      expect([...statuses.keys()].sort()).toEqual([200, 400, 403]);
    });
  });
}
