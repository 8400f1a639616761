import type { Kysely } from 'kysely';

/**
 * Deletes every session of a user: what a password change, a suspension or an admin's "log out
 * everywhere" does. No refresh works any more and session-mode tokens stop at once; other access
 * tokens already issued live out their short lifetime unless the user is no longer active (which every
 * request checks through the access cache).
 */
export async function endUserSessions(db: Kysely<any>, userId: string): Promise<number> {
  const result = await db.deleteFrom('directus_sessions').where('user', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
