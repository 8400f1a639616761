import { InvalidCollectionError, InvalidPayloadError, LimitExceededError } from '@plinth/errors';
import type { ServiceContext } from '@plinth/services';
import type { SubscriptionHub } from './create-subscription-hub.js';
import { readInitPayload } from './read-subscription-payload.js';
import type { RealtimeClient } from './realtime-client.js';
import { isPrimaryKey, isRecord, type SocketMessage } from './socket-message.js';
import type { ChangeAction, Subscription } from './subscription.js';
import { subscriptionReader } from './subscription-reader.js';

const EVENTS = new Set<string>(['create', 'update', 'delete']);
const invalid = (reason: string) => new InvalidPayloadError({ reason });

function toSubscription(ctx: ServiceContext, client: RealtimeClient, message: SocketMessage): Subscription {
  const { collection, query, event, item, uid } = message;
  if (typeof collection !== 'string' || collection === '') throw invalid('"collection" is required');
  if (!subscriptionReader(collection) || !Object.hasOwn(ctx.schema.collections, collection)) {
    throw new InvalidCollectionError();
  }
  if (query !== undefined && !isRecord(query)) throw invalid('"query" has to be an object');
  if (event !== undefined && !EVENTS.has(String(event))) {
    throw invalid('"event" has to be one of create, update, delete');
  }
  if (item !== undefined && !isPrimaryKey(item)) throw invalid('"item" has to be a string or a number');
  return {
    client,
    uid,
    collection,
    query: query ?? {},
    ...(event === undefined ? {} : { event: event as ChangeAction }),
    ...(item === undefined ? {} : { item }),
  };
}

/**
 * Starts (or replaces, for the same `uid`) a subscription and answers with its `init` message: the
 * current rows per query as the subscriber reads them, the one item, or no data when an `event` is
 * named. The subscription is only kept once that first read succeeded.
 *
 * @throws INVALID_COLLECTION, INVALID_PAYLOAD, LIMIT_EXCEEDED past `maxSubscriptions`, and what the
 * first read refuses (FORBIDDEN, INVALID_QUERY).
 */
export async function handleSubscribeMessage(
  ctx: ServiceContext,
  client: RealtimeClient,
  message: SocketMessage,
  hub: SubscriptionHub,
  maxSubscriptions: number,
): Promise<object> {
  const subscription = toSubscription(ctx, client, message);
  const replacing = hub.count(client) > 0 && hub.remove(client, subscription.uid) > 0;
  if (!replacing && hub.count(client) >= maxSubscriptions) {
    throw new LimitExceededError({ category: 'Subscriptions' });
  }
  const payload = await readInitPayload(ctx, subscription);
  hub.add(subscription);
  return { type: 'subscription', event: 'init', ...payload };
}
