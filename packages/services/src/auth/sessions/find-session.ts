import type { Kysely } from 'kysely';
import { toDate } from '../lib/to-date.js';

/** A `directus_sessions` row as the auth flows read it. */
export interface SessionRow {
  /** The stored hash of the refresh token. */
  token: string;
  user: string | null;
  share: string | null;
  expires: Date;
  /** The hash of the token that replaced this one; null while this token is the family's newest. */
  nextToken: string | null;
}

/** The session row stored under `tokenHash`, or undefined. */
export async function findSession(db: Kysely<any>, tokenHash: string): Promise<SessionRow | undefined> {
  const row = await db
    .selectFrom('directus_sessions')
    .select(['token', 'user', 'share', 'expires', 'next_token'])
    .where('token', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    token: String(row.token),
    user: row.user === null ? null : String(row.user),
    share: row.share === null ? null : String(row.share),
    expires: toDate(row.expires),
    nextToken: row.next_token === null ? null : String(row.next_token),
  };
}

/**
 * Whether the session under `tokenHash` may still authenticate requests: it exists and has not expired.
 * A rotated session-mode row stays usable for the grace period, which its `expires` already says.
 */
export async function isSessionLive(db: Kysely<any>, tokenHash: string): Promise<boolean> {
  const row = await db
    .selectFrom('directus_sessions')
    .select('token')
    .where('token', '=', tokenHash)
    .where('expires', '>', new Date())
    .executeTakeFirst();
  return row !== undefined;
}
