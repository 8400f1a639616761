import {
  accessCollection,
  filesCollection,
  foldersCollection,
  permissionsCollection,
  policiesCollection,
  type ReadItemsResult,
  readItem,
  readItems,
  readItemsByKeys,
  readSystemItem,
  readSystemItems,
  readSystemItemsByKeys,
  readUser,
  readUsers,
  readUsersByKeys,
  rolesCollection,
  type ServiceContext,
  type SystemCollection,
} from '@plinth/services';
import type { Item, PrimaryKey } from '@plinth/types';

type Query = Record<string, unknown>;

/** How a subscription reads its collection, as the subscriber. */
export interface SubscriptionReader {
  readAll(ctx: ServiceContext, query: Query): Promise<ReadItemsResult>;
  readOne(ctx: ServiceContext, key: PrimaryKey, query: Query): Promise<Item>;
  readByKeys(ctx: ServiceContext, keys: readonly PrimaryKey[], query: Query): Promise<Item[]>;
}

// The system collections whose rows the REST API serves as they are stored; users are offered
// through their own reads below, the others (sessions, settings, ...) are not offered yet.
const SYSTEM_COLLECTIONS: readonly SystemCollection[] = [
  rolesCollection,
  policiesCollection,
  accessCollection,
  permissionsCollection,
  filesCollection,
  foldersCollection,
];

function systemReader(system: SystemCollection): SubscriptionReader {
  return {
    readAll: (ctx, query) => readSystemItems(ctx, system, query),
    readOne: (ctx, key, query) => readSystemItem(ctx, system, key, query),
    readByKeys: (ctx, keys, query) => readSystemItemsByKeys(ctx, system, keys, query),
  };
}

const usersReader: SubscriptionReader = {
  readAll: (ctx, query) => readUsers(ctx, query),
  readOne: (ctx, key, query) => readUser(ctx, String(key), query),
  readByKeys: (ctx, keys, query) => readUsersByKeys(ctx, keys, query),
};

const systemReaders = new Map<string, SubscriptionReader>([
  ...SYSTEM_COLLECTIONS.map((system) => [system.collection, systemReader(system)] as const),
  ['directus_users', usersReader],
]);

/**
 * The reader of a collection that can be subscribed to: any user collection, and the system
 * collections listed above; null for other system collections. Permissions are the caller's either way.
 */
export function subscriptionReader(collection: string): SubscriptionReader | null {
  if (collection.startsWith('directus_')) return systemReaders.get(collection) ?? null;
  return {
    readAll: (ctx, query) => readItems(ctx, collection, query),
    readOne: (ctx, key, query) => readItem(ctx, collection, key, query),
    readByKeys: (ctx, keys, query) => readItemsByKeys(ctx, collection, keys, query),
  };
}
