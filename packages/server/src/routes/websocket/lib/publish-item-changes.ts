import type { EventBus, EventMeta } from '@plinth/services';
import type { PrimaryKey } from '@plinth/types';
import type { ChangeFeed } from './create-change-feed.js';
import { isPrimaryKey } from './socket-message.js';
import type { ChangeAction } from './subscription.js';

function keysOf(meta: EventMeta): PrimaryKey[] {
  if (Array.isArray(meta['keys'])) return meta['keys'].filter(isPrimaryKey);
  return isPrimaryKey(meta['key']) ? [meta['key']] : [];
}

/**
 * Publishes every committed item mutation (`items.create`, `items.update`, `items.delete` actions) to
 * the feed as collection, action and keys.
 *
 * @returns a function that stops listening.
 */
export function publishItemChanges(events: EventBus, feed: ChangeFeed): () => void {
  const stops = (['create', 'update', 'delete'] as const satisfies readonly ChangeAction[]).map((action) =>
    events.onAction(`items.${action}`, (meta) => {
      const keys = keysOf(meta);
      if (typeof meta['collection'] !== 'string' || keys.length === 0) return;
      feed.publish({ collection: meta['collection'], action, keys });
    }),
  );
  return () => {
    for (const stop of stops) stop();
  };
}
