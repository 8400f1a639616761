import type { Item, PrimaryKey } from '@plinth/types';
import type { ServiceContext } from '../context/service-context.js';
import { readItem } from '../items/read-item.js';
import { type ReadItemsResult, readItems } from '../items/read-items.js';
import { readItemsByKeys } from '../items/read-items-by-keys.js';
import { readUser, readUsers, readUsersByKeys } from '../users/read-users.js';
import { readSystemItem, readSystemItems, readSystemItemsByKeys } from './read-system-items.js';
import type { SystemCollection } from './system-collection.js';

type Query = Record<string, unknown>;

/** How one collection is read as the caller, permissions included: as a list, by key, by keys. */
export interface CollectionReads {
  readMany(ctx: ServiceContext, query: Query): Promise<ReadItemsResult>;
  readOne(ctx: ServiceContext, key: PrimaryKey, query: Query): Promise<Item>;
  readByKeys(ctx: ServiceContext, keys: readonly PrimaryKey[], query: Query): Promise<Item[]>;
}

/** A user collection, through the items services. */
export const itemsReads = (collection: string): CollectionReads => ({
  readMany: (ctx, query) => readItems(ctx, collection, query),
  readOne: (ctx, key, query) => readItem(ctx, collection, key, query),
  readByKeys: (ctx, keys, query) => readItemsByKeys(ctx, collection, keys, query),
});

/** A system collection, as its REST routes read it. */
export const systemReads = (system: SystemCollection): CollectionReads => ({
  readMany: (ctx, query) => readSystemItems(ctx, system, query),
  readOne: (ctx, key, query) => readSystemItem(ctx, system, key, query),
  readByKeys: (ctx, keys, query) => readSystemItemsByKeys(ctx, system, keys, query),
});

/** `directus_users`, as `/users` reads it. */
export const usersReads: CollectionReads = {
  readMany: (ctx, query) => readUsers(ctx, query),
  readOne: (ctx, key, query) => readUser(ctx, String(key), query),
  readByKeys: (ctx, keys, query) => readUsersByKeys(ctx, keys, query),
};
