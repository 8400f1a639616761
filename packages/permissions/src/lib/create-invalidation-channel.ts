import type { Redis } from 'ioredis';
import type { PermissionsLogger } from '../permissions-runtime-options.js';

/** How runtimes on several instances tell each other to drop their caches. */
export interface InvalidationChannel {
  /** Resolves once this instance hears the others' invalidations; rejects when it cannot subscribe. */
  ready: Promise<void>;
  /** Tells every other instance to drop its caches. */
  publish(): Promise<void>;
  close(): Promise<void>;
}

interface Message {
  type: 'invalidate';
  origin: string;
}

function isOtherInvalidation(text: string, origin: string): boolean {
  try {
    const message = JSON.parse(text) as Partial<Message> | null;
    return message?.type === 'invalidate' && typeof message.origin === 'string' && message.origin !== origin;
  } catch {
    return false;
  }
}

/** A channel that only this process hears: invalidation stays local. */
export const localChannel: InvalidationChannel = {
  ready: Promise.resolve(),
  publish: async () => {},
  close: async () => {},
};

/**
 * An invalidation channel over Redis pub/sub. Given a URL, it opens (and closes) its own two connections;
 * given a client, it publishes through it and subscribes on a duplicate of it, since Redis reserves a
 * subscribed connection for pub/sub. ioredis is loaded only here, so a runtime without Redis never loads it.
 */
export function createRedisChannel(options: {
  redis: string | Redis;
  channel: string;
  origin: string;
  onInvalidate: () => void;
  log?: PermissionsLogger | undefined;
}): InvalidationChannel {
  const { channel, origin } = options;
  const owned: Redis[] = [];
  let closed = false;
  const connections = (async () => {
    let publisher: Redis;
    if (typeof options.redis === 'string') {
      const { Redis } = await import('ioredis');
      publisher = new Redis(options.redis, { maxRetriesPerRequest: 2 });
      owned.push(publisher);
    } else {
      publisher = options.redis;
    }
    // A dropped link re-subscribes by itself; meanwhile commands wait instead of failing.
    const subscriber = publisher.duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: null });
    owned.push(subscriber);
    subscriber.on('error', (error: Error) =>
      options.log?.warn({ err: error }, 'permissions: Redis subscriber error'),
    );
    subscriber.on('message', (from: string, text: string) => {
      if (from === channel && isOtherInvalidation(text, origin)) options.onInvalidate();
    });
    await subscriber.subscribe(channel);
    if (closed) for (const connection of owned) connection.disconnect();
    return publisher;
  })();
  const ready = connections.then(() => {});
  // Surfaced by every forCaller and publish; marked handled so an idle runtime does not crash the process.
  ready.catch(() => {});
  return {
    ready,
    async publish() {
      const publisher = await connections;
      await publisher.publish(channel, JSON.stringify({ type: 'invalidate', origin } satisfies Message));
    },
    async close() {
      closed = true;
      for (const connection of owned) connection.disconnect();
    },
  };
}
