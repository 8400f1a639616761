import type { Accountability } from '@plinth/types';
import type { FastifyBaseLogger } from 'fastify';
import { readChangePayload } from './read-subscription-payload.js';
import type { RealtimeClient } from './realtime-client.js';
import type { MessageUid } from './socket-message.js';
import type { Change, Subscription } from './subscription.js';
import { toErrorReply } from './to-error-reply.js';

/** Every subscription of one server, and the delivery of changes to them. */
export interface SubscriptionHub {
  /** Adds a subscription; one of the same client and `uid` is replaced. */
  add(subscription: Subscription): void;
  /** Drops the client's subscription with `uid`, or all of them; returns how many went. */
  remove(client: RealtimeClient, uid?: MessageUid): number;
  /** How many subscriptions the client holds. */
  count(client: RealtimeClient): number;
  /** Sends a change to every subscription it concerns, each read back as its subscriber. */
  deliver(change: Change): Promise<void>;
}

/**
 * Subscribers that would see the same thing: same caller (user, roles, policies, share) and same
 * query. Their payload is read once, so a thousand sockets of one role cost one statement per change.
 */
function viewKey(accountability: Accountability, subscription: Subscription): string {
  const { user, role, roles, policies, admin, share } = accountability;
  return JSON.stringify([user, role, roles, policies, admin, share, subscription.item, subscription.query]);
}

const uidKey = (uid: MessageUid | undefined) => (uid === undefined ? '\u0000' : `${typeof uid}:${uid}`);

async function deliverToGroup(group: Subscription[], change: Change, log: FastifyBaseLogger) {
  const [first] = group;
  if (!first) return;
  try {
    const ctx = await first.client.context();
    if (ctx === null) return;
    const { data } = await readChangePayload(ctx, first, change);
    if (data === undefined) return;
    // One serialization of the rows for the whole group; only the uid differs per subscriber.
    const head = `{"type":"subscription","event":${JSON.stringify(change.action)},"data":${JSON.stringify(data)}`;
    for (const { client, uid } of group) {
      client.sendText(uid === undefined ? `${head}}` : `${head},"uid":${JSON.stringify(uid)}}`);
    }
  } catch (error) {
    log.debug({ err: error, collection: change.collection }, 'realtime payload refused');
    const reply = toErrorReply('subscribe', error);
    for (const { client } of group) client.send(reply);
  }
}

/**
 * Creates the hub. Changes are delivered one after the other, so subscribers see them in the order
 * they were committed (as published); within one change, groups of subscribers are served together.
 */
export function createSubscriptionHub(log: FastifyBaseLogger): SubscriptionHub {
  const byCollection = new Map<string, Set<Subscription>>();
  const byClient = new Map<RealtimeClient, Map<string, Subscription>>();
  let queue: Promise<void> = Promise.resolve();

  const remove = (client: RealtimeClient, uid?: MessageUid): number => {
    const own = byClient.get(client);
    if (!own) return 0;
    const chosen = uid === undefined ? [...own.keys()] : [uidKey(uid)];
    let removed = 0;
    for (const key of chosen) {
      const subscription = own.get(key);
      if (!subscription) continue;
      own.delete(key);
      byCollection.get(subscription.collection)?.delete(subscription);
      removed++;
    }
    if (own.size === 0) byClient.delete(client);
    return removed;
  };

  const deliverNow = async (change: Change) => {
    const groups = new Map<string, Subscription[]>();
    for (const subscription of byCollection.get(change.collection) ?? []) {
      const caller = subscription.client.accountability;
      if (caller === null || (subscription.event && subscription.event !== change.action)) continue;
      const key = viewKey(caller, subscription);
      const group = groups.get(key);
      if (group) group.push(subscription);
      else groups.set(key, [subscription]);
    }
    await Promise.all([...groups.values()].map((group) => deliverToGroup(group, change, log)));
  };

  return {
    add(subscription) {
      remove(subscription.client, subscription.uid);
      const own = byClient.get(subscription.client) ?? new Map<string, Subscription>();
      own.set(uidKey(subscription.uid), subscription);
      byClient.set(subscription.client, own);
      const watchers = byCollection.get(subscription.collection) ?? new Set<Subscription>();
      watchers.add(subscription);
      byCollection.set(subscription.collection, watchers);
    },
    remove,
    count: (client) => byClient.get(client)?.size ?? 0,
    deliver(change) {
      if (!byCollection.get(change.collection)?.size) return queue;
      queue = queue.then(() => deliverNow(change));
      return queue;
    },
  };
}
