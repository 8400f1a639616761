/**
 * A value better-sqlite3 can bind. It refuses booleans and Dates, which every other engine
 * takes: booleans become 1/0 (how SQLite stores them) and Dates become UTC text in the
 * `YYYY-MM-DD HH:MM:SS.sss` shape of CURRENT_TIMESTAMP, so stored times sort as text.
 */
export function toSqliteParameter(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString().replace('T', ' ').replace('Z', '');
  return value;
}
