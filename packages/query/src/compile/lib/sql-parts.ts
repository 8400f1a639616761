import { sql } from 'kysely';
import type { JsonPathSegment } from '../../lib/parse-json-path.js';
import type { OrderTerm, Sql, TextPosition } from '../read-dialect.js';

/** Fragments joined with a separator. */
export function joinSql(items: readonly Sql[], separator = ', '): Sql {
  return sql.join(items, sql.raw(separator));
}

/** `ORDER BY ...`, or nothing. */
export function orderByClause(terms: readonly OrderTerm[], render: (term: OrderTerm) => Sql): Sql {
  return terms.length === 0 ? sql`` : sql` order by ${joinSql(terms.map(render))}`;
}

/** `asc`/`desc` after an expression. */
export function plainOrder(term: OrderTerm): Sql {
  return term.descending ? sql`${term.expression} desc` : sql`${term.expression} asc`;
}

/** `LIMIT n OFFSET m` with the numbers inlined: they are validated integers, never caller text. */
export function limitOffset(limit: number | null, offset: number, unlimited: string): Sql {
  const limitText = limit === null ? (offset > 0 ? unlimited : null) : String(Math.trunc(limit));
  const limitSql = limitText === null ? sql`` : sql` limit ${sql.raw(limitText)}`;
  return offset > 0 ? sql`${limitSql} offset ${sql.raw(String(Math.trunc(offset)))}` : limitSql;
}

/** Escapes `%`, `_` and `\` for a LIKE pattern whose escape character is `\`. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

/** The LIKE pattern of a text operator. */
export function likePattern(needle: string, position: TextPosition): string {
  const escaped = escapeLike(needle);
  if (position === 'starts') return `${escaped}%`;
  if (position === 'ends') return `%${escaped}`;
  return `%${escaped}%`;
}

/** A JSON path in the `$."a"[0]` syntax of MySQL, SQLite and MS SQL, keys quoted. */
export function toDollarPath(path: readonly JsonPathSegment[]): string {
  return path
    .map((segment) =>
      typeof segment === 'number' ? `[${segment}]` : `."${String(segment).replace(/["\\]/g, '\\$&')}"`,
    )
    .reduce((text, part) => text + part, '$');
}

/** `WHERE ...` or nothing. */
export function whereClause(where: Sql): Sql {
  return sql` where ${where}`;
}

/** Splits a list into chunks of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let index = 0; index < items.length; index += size) chunks.push(items.slice(index, index + size));
  return chunks;
}
