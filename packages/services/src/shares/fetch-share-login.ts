import type { Kysely } from 'kysely';
import { toDate } from '../auth/lib/to-date.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a share login checks about a share. */
export interface ShareLoginRow {
  id: string;
  /** The argon2 hash; null (or empty) when the share needs no password. */
  password: string | null;
  timesUsed: number;
  maxUses: number | null;
  dateStart: Date | null;
  dateEnd: Date | null;
}

/** The share with this id, or undefined (also for an id that is not a UUID, which no share has). */
export async function fetchShareLogin(db: Kysely<any>, id: unknown): Promise<ShareLoginRow | undefined> {
  if (typeof id !== 'string' || !UUID.test(id)) return undefined;
  const row = await db
    .selectFrom('directus_shares')
    .select(['id', 'password', 'times_used', 'max_uses', 'date_start', 'date_end'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: String(row.id),
    password: row.password === null || row.password === '' ? null : String(row.password),
    timesUsed: Number(row.times_used ?? 0),
    maxUses: row.max_uses === null ? null : Number(row.max_uses),
    dateStart: row.date_start === null ? null : toDate(row.date_start),
    dateEnd: row.date_end === null ? null : toDate(row.date_end),
  };
}

/** Whether the share may be used now: started, not ended. */
export function isWithinDates(
  share: Pick<ShareLoginRow, 'dateStart' | 'dateEnd'>,
  now = Date.now(),
): boolean {
  return (
    (share.dateStart === null || share.dateStart.getTime() <= now) &&
    (share.dateEnd === null || share.dateEnd.getTime() >= now)
  );
}
