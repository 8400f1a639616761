import { describe, expect, it } from 'vitest';
import { toConstraintName } from './to-constraint-name.js';

describe('toConstraintName', () => {
  it('follows the knex convention for short names', () => {
    expect(toConstraintName('articles', ['author'], 'foreign')).toBe('articles_author_foreign');
    expect(toConstraintName('articles', [], 'pkey')).toBe('articles_pkey');
  });

  it('cuts long names to 60 characters with a hash, keeping distinct names distinct', () => {
    const table = 't'.repeat(64);
    const first = toConstraintName(table, ['a'.repeat(64)], 'unique');
    const second = toConstraintName(table, ['b'.repeat(64)], 'unique');
    expect(first).toHaveLength(60);
    expect(first.endsWith('_unique')).toBe(true);
    expect(first).not.toBe(second);
  });
});
