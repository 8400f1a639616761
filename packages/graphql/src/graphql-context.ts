import type { ServiceContext } from '@plinth/services';
import type { PrimaryKey } from '@plinth/types';
import type { SystemBridge } from './system-bridge.js';

/** A committed change to some rows of a collection: which rows, never their values. */
export interface ItemChange {
  collection: string;
  action: 'create' | 'update' | 'delete';
  keys: PrimaryKey[];
}

/** What subscriptions need beyond a request's context: the changes, and a fresh context per event. */
export interface LiveSource {
  /** The changes to `collection` from now on, until the iterator is returned. */
  listen(collection: string): AsyncIterableIterator<ItemChange>;
  /**
   * The subscriber's context as of now (their current permissions and data model); null once they are
   * no longer authenticated, which ends the subscription.
   */
  context(): Promise<ServiceContext | null>;
}

/** What every resolver of a generated schema needs: the request's service context. */
export interface GraphQLContext {
  ctx: ServiceContext;
  /** Present on subscription connections only. */
  live?: LiveSource;
  /** Present on HTTP requests to the system scope: what its auth and server fields need of the server. */
  system?: SystemBridge;
}
