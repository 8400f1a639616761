import { InvalidPayloadError } from '@plinth/errors';
import type { ServiceContext } from '@plinth/services';
import type { SubscriptionHub } from './create-subscription-hub.js';
import { handleItemsMessage } from './handle-items-message.js';
import { handleSubscribeMessage } from './handle-subscribe-message.js';
import type { RealtimeClient } from './realtime-client.js';
import type { SocketMessage } from './socket-message.js';

/** What the data messages need besides the caller's context. */
export interface DispatchSettings {
  hub: SubscriptionHub;
  maxSubscriptions: number;
}

/**
 * Answers a `subscribe`, `unsubscribe` or `items` message of an authenticated socket; the reply
 * still lacks the message's `uid`.
 *
 * @throws INVALID_PAYLOAD for any other type, and whatever the handlers refuse.
 */
export async function dispatchMessage(
  ctx: ServiceContext,
  client: RealtimeClient,
  message: SocketMessage,
  settings: DispatchSettings,
): Promise<object> {
  switch (message.type) {
    case 'subscribe':
      return handleSubscribeMessage(ctx, client, message, settings.hub, settings.maxSubscriptions);
    case 'unsubscribe':
      settings.hub.remove(client, message.uid);
      return { type: 'subscription', event: 'unsubscribe' };
    case 'items':
      return { type: 'items', ...(await handleItemsMessage(ctx, message)) };
    default:
      throw new InvalidPayloadError({ reason: `Unknown message type "${message.type}"` });
  }
}
