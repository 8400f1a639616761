/**
 * A timestamp column's value as a Date. PostgreSQL and MySQL drivers give Dates; SQLite gives the UTC
 * text `YYYY-MM-DD HH:MM:SS.sss` that `@plinth/database` writes, without a zone.
 */
export function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value);
  const text = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
}
