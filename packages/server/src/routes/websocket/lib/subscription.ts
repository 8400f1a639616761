import type { PrimaryKey } from '@plinth/types';
import type { RealtimeClient } from './realtime-client.js';
import type { MessageUid } from './socket-message.js';

/** The mutations a subscription hears about. */
export type ChangeAction = 'create' | 'update' | 'delete';

/** One `subscribe` message in force: what to watch and how to shape what is sent. */
export interface Subscription {
  client: RealtimeClient;
  uid: MessageUid | undefined;
  collection: string;
  /** The REST query (either wire encoding) every payload is read with. */
  query: Record<string, unknown>;
  /** Only this action, when given (and then `init` carries no data). */
  event?: ChangeAction;
  /** Only this item, when given: payloads are one object instead of a list. */
  item?: PrimaryKey;
}

/** A committed change, as published to every instance: which rows, never their values. */
export interface Change {
  collection: string;
  action: ChangeAction;
  keys: PrimaryKey[];
}
