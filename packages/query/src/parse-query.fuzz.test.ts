import { isPlinthError } from '@plinth/errors';
import { describe, expect, it } from 'vitest';
import { parseFilter } from './parse-filter.js';
import { parseQuery } from './parse-query.js';

/** mulberry32: a tiny seeded generator, so a failure reproduces from its seed. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PARAMS = [
  'fields',
  'filter',
  'sort',
  'limit',
  'offset',
  'page',
  'search',
  'meta',
  'aggregate',
  'groupBy',
  'deep',
  'alias',
  'export',
  'version',
  'versionRaw',
  'backlink',
  'unknown',
];
const KEYS = [
  '_eq',
  '_neq',
  '_in',
  '_nin',
  '_between',
  '_null',
  '_empty',
  '_some',
  '_none',
  '_and',
  '_or',
  '_contains',
  '_intersects',
  '_bogus',
  '_limit',
  '_filter',
  '_sort',
  '_aggregate',
  '_alias',
  '_fields',
  '_group',
  '_search',
  '_offset',
  '_page',
  'count',
  'sum',
  'countAll',
  'title',
  'author',
  'year(date)',
  'count(comments)',
  'json(meta, a.b)',
  'item:headings',
  '0',
  '1',
  '__proto__',
  'constructor',
  'a.b',
  '*',
  '',
  'foo(',
  'type',
];
const STRINGS = [
  '',
  'x',
  '*',
  '*.*',
  'id,title',
  'true',
  'false',
  'null',
  'NULL',
  '-1',
  '0',
  '25',
  '1.5',
  '1e400',
  '9007199254740993',
  'a,,b',
  '$NOW',
  '$NOW(-1 year)',
  '$NOW(bad)',
  '$CURRENT_USER.role',
  '$CURRENT_USER.',
  'year(date)',
  'json(m, a[0])',
  'json(m, *)',
  'year(month(d))',
  '{',
  '[',
  '{"a":{"_eq":1}}',
  '[1,2]',
  '{"type":"Point","coordinates":[0,0]}',
  'total_count',
  'csv',
  'pdf',
  'a.b.c.d.e.f.g.h.i.j.k.l',
  '-date',
  'item:x.y',
];

function generate(random: () => number, depth: number): unknown {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const roll = random();
  if (depth <= 0 || roll < 0.35) return pick(STRINGS);
  if (roll < 0.45) return pick([0, -1, 5, 1.5, 2 ** 60, -(2 ** 60), Number.NaN, Number.POSITIVE_INFINITY]);
  if (roll < 0.5) return pick([null, true, false, undefined]);
  if (roll < 0.55) return JSON.stringify(generate(random, depth - 1));
  if (roll < 0.7) return Array.from({ length: Math.floor(random() * 4) }, () => generate(random, depth - 1));
  const entries = Array.from({ length: Math.floor(random() * 4) }, () => [
    pick(KEYS),
    generate(random, depth - 1),
  ]);
  return Object.fromEntries(entries);
}

function generateRaw(random: () => number): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  const count = Math.floor(random() * 5);
  for (let index = 0; index < count; index++) {
    const param = PARAMS[Math.floor(random() * PARAMS.length)] as string;
    raw[param] = generate(random, 5);
  }
  return raw;
}

const options = { defaultLimit: 100, maxLimit: 500, maxRelationalDepth: 4 };

describe('fuzz', () => {
  it('2,000 random raw queries either parse or throw INVALID_QUERY', () => {
    const random = createRandom(20_240_331);
    const outcomes = { parsed: 0, refused: 0 };

    for (let run = 0; run < 2_000; run++) {
      const raw = generateRaw(random);
      try {
        const query = parseQuery(raw, options);
        expect(query.limit === undefined || Number.isInteger(query.limit)).toBe(true);
        outcomes.parsed++;
      } catch (error) {
        if (!isPlinthError(error, 'INVALID_QUERY')) {
          throw new Error(`run ${run} threw ${String(error)} for ${JSON.stringify(raw)}`, { cause: error });
        }
        outcomes.refused++;
      }
    }

    // Both paths must be exercised, or the generator has drifted into testing nothing.
    expect(outcomes.parsed).toBeGreaterThan(200);
    expect(outcomes.refused).toBeGreaterThan(200);
  });

  it('2,000 random filters either parse or throw INVALID_QUERY', () => {
    const random = createRandom(7);
    let parsed = 0;
    for (let run = 0; run < 2_000; run++) {
      const raw = { [KEYS[run % KEYS.length] as string]: generate(random, 6) };
      try {
        parseFilter(raw);
        parsed++;
      } catch (error) {
        if (!isPlinthError(error, 'INVALID_QUERY')) {
          throw new Error(`run ${run} threw ${String(error)} for ${JSON.stringify(raw)}`, { cause: error });
        }
      }
    }
    expect(parsed).toBeGreaterThan(100);
  });
});
