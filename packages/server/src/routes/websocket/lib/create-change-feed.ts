import type { Redis } from 'ioredis';
import { isPrimaryKey, isRecord } from './socket-message.js';
import type { Change } from './subscription.js';

/** Carries committed changes from the instance that made them to every instance's subscribers. */
export interface ChangeFeed {
  publish(change: Change): void;
  /** The one listener (the hub); changes published before it is set are dropped. */
  onChange(listener: (change: Change) => void): void;
  close(): Promise<void>;
}

/** Options of {@link createChangeFeed}. */
export interface ChangeFeedOptions {
  /**
   * A connected client: with it, changes travel over Redis pub/sub to every instance (this one
   * included); without it, they stay in this process.
   */
  redis?: Redis;
  /** The pub/sub channel. @default 'plinth:realtime' */
  channel?: string;
  /** Told about a publish that failed or a message that was not a change. */
  onError?: (error: unknown) => void;
}

const ACTIONS = new Set(['create', 'update', 'delete']);

function toChange(text: string): Change | null {
  const value: unknown = JSON.parse(text);
  if (!isRecord(value) || typeof value['collection'] !== 'string' || !ACTIONS.has(String(value['action']))) {
    return null;
  }
  const keys = value['keys'];
  if (!Array.isArray(keys) || !keys.every(isPrimaryKey)) return null;
  return { collection: value['collection'], action: value['action'] as Change['action'], keys };
}

/**
 * Creates the feed. Only collection, action and keys travel: each instance reads the rows back for
 * each of its subscribers, so what a socket receives never depends on what the writer could see.
 */
export async function createChangeFeed(options: ChangeFeedOptions = {}): Promise<ChangeFeed> {
  let listener: (change: Change) => void = () => {};
  const { redis } = options;
  const report = (error: unknown) => options.onError?.(error);
  if (!redis) {
    return {
      publish: (change) => queueMicrotask(() => listener(change)),
      onChange: (next) => {
        listener = next;
      },
      close: async () => {},
    };
  }
  const channel = options.channel ?? 'plinth:realtime';
  const subscriber = redis.duplicate();
  subscriber.on('error', report);
  subscriber.on('message', (from: string, text: string) => {
    if (from !== channel) return;
    try {
      const change = toChange(text);
      if (change) listener(change);
      else report(new Error('Ignored a realtime message that is not a change'));
    } catch (error) {
      report(error);
    }
  });
  await subscriber.subscribe(channel);
  return {
    publish: (change) => {
      redis.publish(channel, JSON.stringify(change)).catch(report);
    },
    onChange: (next) => {
      listener = next;
    },
    close: async () => {
      await subscriber.quit().catch(() => subscriber.disconnect());
    },
  };
}
