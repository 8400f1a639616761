import { describe, expect, it } from 'vitest';
import { applyDiffRecords } from './apply-diff-records.js';
import { diffValues } from './diff-values.js';

function createRandom(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function randomJson(random: () => number, depth = 0): unknown {
  const pick = random();
  if (depth > 3 || pick < 0.35) return [null, true, false, 0, 1, 'a', 'b', ''][Math.floor(random() * 8)];
  if (pick < 0.65)
    return Array.from({ length: Math.floor(random() * 4) }, () => randomJson(random, depth + 1));
  const object: Record<string, unknown> = {};
  for (const key of ['x', 'y', 'z', 'w']) if (random() < 0.6) object[key] = randomJson(random, depth + 1);
  return object;
}

describe('diffValues', () => {
  it('writes the deep-diff records of the wire format', () => {
    expect(diffValues({ a: 1, b: 2 }, { a: 1, b: 3, c: 4 })).toEqual([
      { kind: 'E', path: ['b'], lhs: 2, rhs: 3 },
      { kind: 'N', path: ['c'], rhs: 4 },
    ]);
    expect(diffValues({ a: 1 }, {})).toEqual([{ kind: 'D', path: ['a'], lhs: 1 }]);
    expect(diffValues(undefined, { a: 1 })).toEqual([{ kind: 'N', rhs: { a: 1 } }]);
    expect(diffValues({ list: [1] }, { list: [1, 2] })).toEqual([
      { kind: 'A', path: ['list'], index: 1, item: { kind: 'N', rhs: 2 } },
    ]);
    expect(diffValues({ a: { b: null } }, { a: { b: null } })).toEqual([]);
  });

  it('round-trips: applying the diff of two random JSON values to the first gives the second', () => {
    const random = createRandom(42);
    for (let run = 0; run < 500; run++) {
      const lhs = randomJson(random);
      const rhs = randomJson(random);
      const records = diffValues(lhs, rhs);
      expect(applyDiffRecords(lhs, records)).toEqual(rhs);
      if (JSON.stringify(lhs) === JSON.stringify(rhs)) expect(records).toEqual([]);
    }
  });

  it('does not change the value it applies to', () => {
    const original = { a: [1, 2, 3], b: { c: 1 } };
    applyDiffRecords(original, diffValues(original, { a: [1], b: {} }));
    expect(original).toEqual({ a: [1, 2, 3], b: { c: 1 } });
  });
});
