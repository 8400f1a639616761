import type { Kysely } from 'kysely';

/** What a share opens: one item of one collection, to the share's role, on its creator's authority. */
export interface ShareScope {
  collection: string;
  /** The shared item's primary key, as stored (text). */
  item: string;
  /** The role whose rules bound the share; null binds it by the public policies. */
  role: string | null;
  /** The user who created the share, with their direct role; null once that user is gone. */
  creator: { id: string; role: string | null } | null;
}

/** A timestamp as milliseconds; SQLite gives UTC text without a zone. Null for no timestamp. */
function toTime(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === 'number') return new Date(value).getTime();
  const text = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`).getTime();
}

function isPast(value: unknown, now: number): boolean {
  const time = toTime(value);
  return time !== null && time < now;
}

function isFuture(value: unknown, now: number): boolean {
  const time = toTime(value);
  return time !== null && time > now;
}

/**
 * The scope of a share, in one statement; null when the share does not exist or lies outside its
 * `date_start`/`date_end` window, so a token outliving its share opens nothing.
 */
export async function fetchShareScope(db: Kysely<any>, shareId: string): Promise<ShareScope | null> {
  const row = await db
    .selectFrom('directus_shares as share')
    .leftJoin('directus_users as creator', 'creator.id', 'share.user_created')
    .select([
      'share.collection as collection',
      'share.item as item',
      'share.role as role',
      'share.date_start as date_start',
      'share.date_end as date_end',
      'creator.id as creator_id',
      'creator.role as creator_role',
    ])
    .where('share.id', '=', shareId)
    .executeTakeFirst();
  const now = Date.now();
  if (!row || isFuture(row.date_start, now) || isPast(row.date_end, now)) return null;
  return {
    collection: String(row.collection),
    item: String(row.item),
    role: row.role === null ? null : String(row.role),
    creator:
      row.creator_id === null
        ? null
        : { id: String(row.creator_id), role: row.creator_role === null ? null : String(row.creator_role) },
  };
}
