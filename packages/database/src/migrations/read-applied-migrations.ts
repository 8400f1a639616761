import { type Kysely, sql } from 'kysely';

/** A row of `directus_migrations` that Plinth wrote. */
export interface AppliedMigration {
  version: string;
  appliedAt: Date | null;
}

/** SQLite returns `CURRENT_TIMESTAMP` as `YYYY-MM-DD HH:MM:SS` text in UTC. */
export function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value);
  const text = String(value);
  const iso = /[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The Plinth versions recorded so far (Directus's own rows are ignored). */
export async function readAppliedMigrations(db: Kysely<any>): Promise<Map<string, AppliedMigration>> {
  const result = await sql<{ version: string; timestamp: unknown }>`
    select version, ${sql.ref('timestamp')} from directus_migrations
    where version like 'plinth-%'`.execute(db);
  return new Map(
    result.rows.map((row) => [row.version, { version: row.version, appliedAt: toDate(row.timestamp) }]),
  );
}
