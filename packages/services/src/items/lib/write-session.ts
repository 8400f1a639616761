import { InvalidPayloadError } from '@plinth/errors';
import type { EventName, Item, PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../../context/service-context.js';
import { afterCommit, withTransaction } from '../../context/with-transaction.js';
import type { EventMeta } from '../../events/create-event-bus.js';
import { callerPermissions, shareCallerPermissions } from '../../permissions/caller-permissions.js';
import { recordActivity } from './write-activity.js';

/** One item a mutation created, changed or deleted, for activity and revisions. */
export interface TrackedChange {
  action: 'create' | 'update' | 'delete';
  collection: string;
  key: PrimaryKey;
  /** The values the payload set (after specials), for the revision's `delta`; null for deletes. */
  delta: Item | null;
  /** The change this one was made for (a nested write's parent), as an index into `tracked`. */
  parent: number | null;
}

/** The state of one mutation: its transaction, what it touched, and the actions to emit once committed. */
export interface WriteSession {
  /** The caller's context with `db` bound to the transaction. */
  ctx: ServiceContext;
  /** Rows touched so far, nested ones included. */
  touched: number;
  tracked: TrackedChange[];
  actions: { event: EventName; meta: EventMeta }[];
}

/** Counts `rows` more touched rows against `MAX_BATCH_MUTATION`. */
export function touchRows(session: WriteSession, rows = 1): void {
  const limit = session.ctx.limits?.maxBatchMutation ?? Number.POSITIVE_INFINITY;
  session.touched += rows;
  if (session.touched > limit) {
    throw new InvalidPayloadError({ reason: `Exceeded max batch mutation limit of ${limit}` });
  }
}

/** Records a change for activity/revisions; returns its index, the `parent` of nested changes. */
export function trackChange(session: WriteSession, change: TrackedChange): number {
  session.tracked.push(change);
  return session.tracked.length - 1;
}

/** Queues an action event (the global name and the collection's own) for after the commit. */
export function queueAction(
  session: WriteSession,
  collection: string,
  action: 'create' | 'update' | 'delete',
  meta: EventMeta,
): void {
  const full = { ...meta, collection };
  session.actions.push({ event: `items.${action}`, meta: { event: `items.${action}`, ...full } });
  session.actions.push({
    event: `${collection}.items.${action}`,
    meta: { event: `${collection}.items.${action}`, ...full },
  });
}

/**
 * Runs the filter handlers of `items.<action>` and then `<collection>.items.<action>` on a payload; what
 * they return is what gets written, and what they throw aborts (and rolls back) the mutation.
 */
export async function emitWriteFilter<T>(
  session: WriteSession,
  collection: string,
  action: 'create' | 'update' | 'delete',
  payload: T,
  meta: EventMeta = {},
): Promise<T> {
  const { events, db, schema, accountability } = session.ctx;
  if (!events) return payload;
  const context = { database: db, schema, accountability };
  const full = { ...meta, collection };
  const first = await events.emitFilter(
    `items.${action}`,
    payload,
    { event: `items.${action}`, ...full },
    context,
  );
  const name = `${collection}.items.${action}` as const;
  return events.emitFilter(name, first, { event: name, ...full }, context);
}

/**
 * Runs a mutation as one transaction: `fn` writes, activity and revisions are recorded in the same
 * transaction, and the queued action events go out only after the commit.
 */
export async function runWrite<T>(
  ctx: ServiceContext,
  fn: (session: WriteSession) => Promise<T>,
): Promise<T> {
  await callerPermissions(ctx);
  return withTransaction(ctx, async (trx) => {
    shareCallerPermissions(ctx, trx);
    const session: WriteSession = { ctx: trx, touched: 0, tracked: [], actions: [] };
    const value = await fn(session);
    await recordActivity(session);
    const events = ctx.events;
    // Inside a caller's own transaction, the actions wait for its commit: listeners read the rows back.
    if (events) {
      afterCommit(trx, () => {
        const context = {
          database: ctx.database.kysely,
          schema: ctx.schema,
          accountability: ctx.accountability,
        };
        for (const { event, meta } of session.actions) void events.emitAction(event, meta, context);
      });
    }
    return value;
  });
}
