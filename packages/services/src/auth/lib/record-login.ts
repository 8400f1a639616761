import type { Kysely } from 'kysely';
import { clip, type RequestOrigin } from './request-origin.js';

/** The bookkeeping of a successful login or refresh: `last_access`, and (for logins) a `login` activity row. */
export async function recordLogin(
  db: Kysely<any>,
  userId: string,
  origin: RequestOrigin,
  options: { activity: boolean },
): Promise<void> {
  const now = new Date();
  await db.updateTable('directus_users').set({ last_access: now }).where('id', '=', userId).execute();
  if (!options.activity) return;
  await db
    .insertInto('directus_activity')
    .values({
      action: 'login',
      user: userId,
      timestamp: now,
      ip: clip(origin.ip, 50),
      user_agent: origin.userAgent,
      origin: clip(origin.origin),
      collection: 'directus_users',
      item: userId,
    })
    .execute();
}
