import type { Kysely } from 'kysely';
import { toDate } from '../../auth/lib/to-date.js';
import { digest } from './digest.js';

/**
 * A user's `last_access` as the driver gives it (a Date, or SQLite's text), so that a compare-and-set
 * can hand it back unchanged; null when they never logged in.
 */
export async function fetchLastAccess(db: Kysely<any>, userId: string): Promise<unknown> {
  const row = await db
    .selectFrom('directus_users')
    .select('last_access')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.last_access ?? null;
}

/** The digest a magic-link token carries of the `last_access` it was issued against. */
export function lastAccessDigest(value: unknown): string {
  if (value === null || value === undefined) return digest(null);
  return digest(value instanceof Date ? value.toISOString() : String(value));
}

/**
 * Moves `last_access` away from `expected`, only if it still holds it: now, or (on a column that keeps
 * whole seconds, where now can read back as the same value) a second later. Returns false when it no
 * longer held `expected`.
 */
export async function moveLastAccess(db: Kysely<any>, userId: string, expected: unknown): Promise<boolean> {
  const next =
    expected === null ? new Date() : new Date(Math.max(Date.now(), toDate(expected).getTime() + 1000));
  let update = db.updateTable('directus_users').set({ last_access: next }).where('id', '=', userId);
  update =
    expected === null
      ? update.where('last_access', 'is', null)
      : update.where('last_access', '=', expected as Date);
  const result = await update.executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
