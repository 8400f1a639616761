import type { Redis } from 'ioredis';
import type { SchemaBus, SchemaBusMessage } from './schema-bus.js';

/** Options of {@link createRedisSchemaBus}. */
export interface RedisSchemaBusOptions {
  /** A client for publishing (any connection). */
  publisher: Pick<Redis, 'publish'>;
  /** A client for subscribing: Redis reserves a subscribed connection for pub/sub, so it is a separate one. */
  subscriber: Pick<Redis, 'subscribe' | 'unsubscribe' | 'on' | 'off'>;
  /** The pub/sub channel all instances of one deployment share, e.g. `plinth:schema`. */
  channel: string;
}

function isMessage(value: unknown): value is SchemaBusMessage {
  const message = value as Partial<SchemaBusMessage> | null;
  return typeof message === 'object' && message?.type === 'invalidate' && typeof message.origin === 'string';
}

function parse(text: string): SchemaBusMessage | null {
  try {
    const value: unknown = JSON.parse(text);
    return isMessage(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * A bus over Redis pub/sub, so invalidating the schema on one API instance drops it on all of them. The
 * clients are the caller's (created, connected and closed by the app); the bus only subscribes to its
 * channel while it has handlers.
 */
export function createRedisSchemaBus(options: RedisSchemaBusOptions): SchemaBus {
  const { publisher, subscriber, channel } = options;
  const handlers = new Set<(message: SchemaBusMessage) => void>();
  const listener = (from: string, text: string) => {
    if (from !== channel) return;
    const message = parse(text);
    if (message) for (const handler of [...handlers]) handler(message);
  };
  return {
    async publish(message) {
      await publisher.publish(channel, JSON.stringify(message));
    },
    async subscribe(handler) {
      const entry = (message: SchemaBusMessage) => handler(message);
      const first = handlers.size === 0;
      handlers.add(entry);
      if (first) {
        subscriber.on('message', listener);
        await subscriber.subscribe(channel);
      }
      return async () => {
        if (!handlers.delete(entry) || handlers.size > 0) return;
        subscriber.off('message', listener);
        await subscriber.unsubscribe(channel);
      };
    },
  };
}
