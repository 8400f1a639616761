import { createHash } from 'node:crypto';

/** Longest name every engine keeps whole (PostgreSQL cuts at 63 bytes, MySQL refuses over 64). */
const maxLength = 60;

/**
 * The knex/Directus-style name of a key or index: `articles_author_foreign`, `articles_pkey`. A
 * name that would be too long keeps a readable head and ends in a short hash of the full name, so
 * two long names never collide after cutting.
 */
export function toConstraintName(table: string, columns: readonly string[], suffix: string): string {
  const full = [table, ...columns, suffix].join('_');
  if (full.length <= maxLength) return full;
  const hash = createHash('sha256').update(full).digest('hex').slice(0, 8);
  const head = full.slice(0, maxLength - suffix.length - hash.length - 2);
  return `${head}_${hash}_${suffix}`;
}
