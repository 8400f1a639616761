import type { ItemChange } from '@plinth/graphql';

/** Hands committed changes to the subscriptions listening to their collection. */
export interface ChangeListeners {
  /** Delivers a change to every listener of its collection. */
  push(change: ItemChange): void;
  /** The changes to `collection` from now on; returning the iterator stops listening. */
  listen(collection: string): AsyncIterableIterator<ItemChange>;
}

/**
 * Creates the listeners. Each keeps at most `maxBuffered` changes its subscriber has not taken yet;
 * past that the oldest are dropped, so one slow subscriber cannot hold the server's memory.
 */
export function createChangeListeners(maxBuffered = 1000): ChangeListeners {
  const byCollection = new Map<string, Set<(change: ItemChange) => void>>();

  const listen = (collection: string): AsyncIterableIterator<ItemChange> => {
    const buffered: ItemChange[] = [];
    let waiting: ((result: IteratorResult<ItemChange>) => void) | null = null;
    let done = false;
    const receive = (change: ItemChange) => {
      if (waiting) {
        const resolve = waiting;
        waiting = null;
        resolve({ value: change, done: false });
        return;
      }
      buffered.push(change);
      if (buffered.length > maxBuffered) buffered.shift();
    };
    const own = byCollection.get(collection) ?? new Set();
    own.add(receive);
    byCollection.set(collection, own);
    const stop = async (): Promise<IteratorResult<ItemChange>> => {
      done = true;
      own.delete(receive);
      if (own.size === 0 && byCollection.get(collection) === own) byCollection.delete(collection);
      waiting?.({ value: undefined, done: true });
      waiting = null;
      return { value: undefined, done: true };
    };
    return {
      next: () => {
        const change = buffered.shift();
        if (change) return Promise.resolve({ value: change, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => {
          waiting = resolve;
        });
      },
      return: stop,
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  };

  return {
    push(change) {
      for (const receive of byCollection.get(change.collection) ?? []) receive(change);
    },
    listen,
  };
}
