import { InvalidCollectionError } from '@plinth/errors';
import type { CollectionReads, ServiceContext } from '@plinth/services';
import type { PrimaryKey } from '@plinth/types';
import type { Change, Subscription } from './subscription.js';
import { subscriptionReader } from './subscription-reader.js';

/** The `data` (and `meta`) of a subscription message; `undefined` data means nothing to send. */
export interface SubscriptionPayload {
  data?: unknown;
  meta?: unknown;
}

const sameKey = (a: PrimaryKey, b: PrimaryKey) => String(a) === String(b);

function readerOf(subscription: Subscription): CollectionReads {
  const reader = subscriptionReader(subscription.collection);
  if (!reader) throw new InvalidCollectionError();
  return reader;
}

/**
 * What `init` sends: the subscriber's current view of the collection per query (with `meta` when the
 * query asks for it), or of the one item; nothing when the subscription names an event.
 */
export async function readInitPayload(
  ctx: ServiceContext,
  subscription: Subscription,
): Promise<SubscriptionPayload> {
  const { query, item } = subscription;
  const reader = readerOf(subscription);
  if (subscription.event) {
    // The collection must be readable, so a subscription cannot be made blind.
    await reader.readByKeys(ctx, [], {});
    return {};
  }
  if (item !== undefined) return { data: await reader.readOne(ctx, item, query) };
  const result = await reader.readMany(ctx, query);
  return result.meta === undefined ? { data: result.data } : { data: result.data, meta: result.meta };
}

/**
 * What a change looks like to one subscriber, read back with the subscriber's own context: rows it may
 * not read, or that its query filters out, are left out; when none remain there is nothing to send.
 * Deletes carry the keys (the rows are gone) and go to whoever may read the collection.
 */
export async function readChangePayload(
  ctx: ServiceContext,
  subscription: Subscription,
  change: Change,
): Promise<SubscriptionPayload> {
  const { query, item } = subscription;
  const reader = readerOf(subscription);
  const keys = item === undefined ? change.keys : change.keys.filter((key) => sameKey(key, item));
  if (keys.length === 0) return {};
  if (change.action === 'delete') {
    await reader.readByKeys(ctx, [], {});
    return { data: item === undefined ? keys : item };
  }
  const rows = await reader.readByKeys(ctx, keys, query);
  if (rows.length === 0) return {};
  return { data: item === undefined ? rows : rows[0] };
}
