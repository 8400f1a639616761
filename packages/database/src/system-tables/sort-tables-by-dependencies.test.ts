import { describe, expect, it } from 'vitest';
import { sortTablesByDependencies } from './sort-tables-by-dependencies.js';
import type { SystemTable } from './system-table-types.js';

const table = (name: string, ...targets: string[]): SystemTable => ({
  name,
  columns: [
    { name: 'id', type: 'integer', nullable: false, primary: true },
    ...targets.map((target) => ({
      name: `${target}_id`,
      type: 'integer' as const,
      nullable: true,
      references: { table: target, column: 'id' },
    })),
  ],
});

describe('sortTablesByDependencies', () => {
  it('moves referenced tables first and keeps the rest in order', () => {
    const sorted = sortTablesByDependencies([table('c', 'b'), table('a'), table('b', 'a', 'b')]);
    expect(sorted.map((entry) => entry.name)).toEqual(['a', 'b', 'c']);
  });

  it('throws on a cycle and on an unknown table', () => {
    expect(() => sortTablesByDependencies([table('a', 'b'), table('b', 'a')])).toThrow(/cycle: a -> b -> a/);
    expect(() => sortTablesByDependencies([table('a', 'missing')])).toThrow(/unknown table missing/);
  });
});
