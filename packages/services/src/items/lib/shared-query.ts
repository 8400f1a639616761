import type { Query } from '@plinth/types';

const shared = new WeakSet<Query>();

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const entry of Object.values(value)) deepFreeze(entry);
}

/**
 * Freezes a query, all the way down, for reuse across requests (the parsed-query cache, by-key
 * templates), and marks it, so what is derived from it (its JSON text, the absence of variables)
 * can be remembered for it.
 */
export function shareQuery<T extends Query>(query: T): T {
  deepFreeze(query);
  shared.add(query);
  return query;
}

/** Whether `query` came from {@link shareQuery}: it can never change. */
export function isSharedQuery(query: Query): boolean {
  return shared.has(query);
}
