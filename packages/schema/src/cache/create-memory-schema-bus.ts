import type { SchemaBus, SchemaBusMessage } from './schema-bus.js';

/** A bus within one process: every subscriber gets every message. For a single instance, and for tests. */
export function createMemorySchemaBus(): SchemaBus {
  const handlers = new Set<(message: SchemaBusMessage) => void>();
  return {
    async publish(message) {
      for (const handler of [...handlers]) handler(message);
    },
    async subscribe(handler) {
      // Wrapped so the same handler subscribed twice is two subscriptions.
      const entry = (message: SchemaBusMessage) => handler(message);
      handlers.add(entry);
      return async () => {
        handlers.delete(entry);
      };
    },
  };
}
