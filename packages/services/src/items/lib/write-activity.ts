import type { Item, PrimaryKey } from '@plinth/types';
import { readItemsByKeys } from '../read-items-by-keys.js';
import { writeInsertRow } from './write-insert-row.js';
import type { TrackedChange, WriteSession } from './write-session.js';

type Snapshots = Map<string, Map<string, Item>>;

function wantsRevision(session: WriteSession, change: TrackedChange): boolean {
  const overview = session.ctx.schema.collections[change.collection];
  return change.action !== 'delete' && overview?.accountability === 'all';
}

/** The items as they are after the mutation (aliases left out), read as the system, per collection. */
async function readSnapshots(session: WriteSession): Promise<Snapshots> {
  const keysByCollection = new Map<string, PrimaryKey[]>();
  for (const change of session.tracked) {
    if (!wantsRevision(session, change)) continue;
    const keys = keysByCollection.get(change.collection) ?? [];
    keys.push(change.key);
    keysByCollection.set(change.collection, keys);
  }
  const system = { ...session.ctx, accountability: null };
  const snapshots: Snapshots = new Map();
  for (const [collection, keys] of keysByCollection) {
    const overview = session.ctx.schema.collections[collection]!;
    const fields = Object.values(overview.fields)
      .filter((field) => !field.alias)
      .map((field) => field.field);
    const items = await readItemsByKeys(system, collection, [...new Set(keys)], { fields, limit: -1 });
    snapshots.set(collection, new Map(items.map((item) => [String(item[overview.primary]), item])));
  }
  return snapshots;
}

type Row = Record<string, unknown>;

/**
 * Inserts an activity row and the revision pointing at it, and answers the revision's key. PostgreSQL
 * does both in one statement (the activity insert as a data-modifying `with`); the others need two.
 */
async function insertActivityAndRevision(
  ctx: WriteSession['ctx'],
  activity: Row,
  revision: Row,
): Promise<PrimaryKey> {
  if (ctx.database.client !== 'pg') {
    const key = await writeInsertRow(ctx, 'directus_activity', activity, 'id');
    return writeInsertRow(ctx, 'directus_revisions', { activity: key, ...revision }, 'id');
  }
  const row = await ctx.db
    .with('activity', (db) => db.insertInto('directus_activity').values(activity).returning('id'))
    .insertInto('directus_revisions')
    .values((eb) => ({ activity: eb.selectFrom('activity').select('id'), ...revision }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return (row as { id: PrimaryKey }).id;
}

/**
 * Writes a `directus_activity` row for every tracked change of a collection that keeps history, and a
 * `directus_revisions` row (snapshot and delta, `parent` for nested writes) where it keeps everything.
 * Calls by the system itself (no accountability) are not tracked.
 */
export async function recordActivity(session: WriteSession): Promise<void> {
  const { ctx } = session;
  const accountability = ctx.accountability;
  if (accountability === null || session.tracked.length === 0) return;
  const snapshots = await readSnapshots(session);
  const revisions: (PrimaryKey | null)[] = [];
  for (const change of session.tracked) {
    revisions.push(null);
    if (!ctx.schema.collections[change.collection]?.accountability) continue;
    const activity: Row = {
      action: change.action,
      user: accountability.user,
      timestamp: new Date(),
      ip: accountability.ip,
      user_agent: accountability.userAgent,
      origin: accountability.origin,
      collection: change.collection,
      item: String(change.key),
    };
    if (!wantsRevision(session, change)) {
      await writeInsertRow(ctx, 'directus_activity', activity, 'id');
      continue;
    }
    const data = snapshots.get(change.collection)?.get(String(change.key)) ?? null;
    revisions[revisions.length - 1] = await insertActivityAndRevision(ctx, activity, {
      collection: change.collection,
      item: String(change.key),
      data: data === null ? null : JSON.stringify(data),
      delta: JSON.stringify(change.delta ?? {}),
      parent: change.parent === null ? null : (revisions[change.parent] ?? null),
    });
  }
}
