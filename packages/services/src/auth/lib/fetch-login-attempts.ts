import type { Kysely } from 'kysely';

/** `settings.auth_login_attempts`: failures in a row before suspension; null for no limit (25 without settings). */
export async function fetchLoginAttempts(db: Kysely<any>): Promise<number | null> {
  const row = await db.selectFrom('directus_settings').select('auth_login_attempts').executeTakeFirst();
  if (!row) return 25;
  const value = row.auth_login_attempts;
  return value === null || value === undefined ? null : Number(value);
}
