import { InvalidCollectionError, InvalidPayloadError } from '@plinth/errors';
import {
  createItem,
  createItems,
  deleteItem,
  deleteItemsByKeys,
  deleteItemsByQuery,
  readItem,
  readItems,
  readItemsByKeys,
  readSingleton,
  type ServiceContext,
  updateBatch,
  updateItem,
  updateItemsByKeys,
  updateItemsByQuery,
  upsertSingleton,
} from '@plinth/services';
import type { PrimaryKey } from '@plinth/types';
import { isPrimaryKey, isRecord, type SocketMessage } from './socket-message.js';

/** The answer to an `items` message, before `type` and `uid` are added. */
export interface ItemsResult {
  data: unknown;
  meta?: unknown;
}

interface ItemsRequest {
  collection: string;
  id?: PrimaryKey;
  ids?: PrimaryKey[];
  data?: unknown;
  query: Record<string, unknown>;
}

const invalid = (reason: string) => new InvalidPayloadError({ reason });

function toItemsRequest(ctx: ServiceContext, message: SocketMessage): ItemsRequest {
  const { collection, id, ids, query, data } = message;
  if (typeof collection !== 'string' || collection === '') throw invalid('"collection" is required');
  if (collection.startsWith('directus_') || !Object.hasOwn(ctx.schema.collections, collection)) {
    throw new InvalidCollectionError();
  }
  if (id !== undefined && !isPrimaryKey(id)) throw invalid('"id" has to be a string or a number');
  if (ids !== undefined && !(Array.isArray(ids) && ids.every(isPrimaryKey))) {
    throw invalid('"ids" has to be an array of strings or numbers');
  }
  if (id !== undefined && ids !== undefined) throw invalid('"id" and "ids" cannot be used together');
  if (query !== undefined && !isRecord(query)) throw invalid('"query" has to be an object');
  return {
    collection,
    ...(id === undefined ? {} : { id }),
    ...(ids === undefined ? {} : { ids }),
    ...(data === undefined ? {} : { data }),
    query: query ?? {},
  };
}

async function create(ctx: ServiceContext, request: ItemsRequest): Promise<ItemsResult> {
  const { collection, data, query } = request;
  if (Array.isArray(data)) {
    const keys = await createItems(ctx, collection, data);
    return { data: await readItemsByKeys(ctx, collection, keys, query) };
  }
  if (!isRecord(data)) throw invalid('"data" has to be an object or an array');
  const key = await createItem(ctx, collection, data);
  return { data: await readItem(ctx, collection, key, query) };
}

async function read(ctx: ServiceContext, request: ItemsRequest): Promise<ItemsResult> {
  const { collection, id, ids, query } = request;
  if (id !== undefined) return { data: await readItem(ctx, collection, id, query) };
  if (ids !== undefined) return { data: await readItemsByKeys(ctx, collection, ids, query) };
  if (ctx.schema.collections[collection]?.singleton) {
    return { data: await readSingleton(ctx, collection, query) };
  }
  const result = await readItems(ctx, collection, query);
  return result.meta === undefined ? { data: result.data } : { data: result.data, meta: result.meta };
}

async function update(ctx: ServiceContext, request: ItemsRequest): Promise<ItemsResult> {
  const { collection, id, ids, data, query } = request;
  if (id !== undefined) {
    if (!isRecord(data)) throw invalid('"data" has to be an object');
    const key = await updateItem(ctx, collection, id, data);
    return { data: await readItem(ctx, collection, key, query) };
  }
  if (Array.isArray(data)) {
    const keys = await updateBatch(ctx, collection, data);
    return { data: await readItemsByKeys(ctx, collection, keys, query) };
  }
  if (!isRecord(data)) throw invalid('"data" has to be an object or an array');
  if (ctx.schema.collections[collection]?.singleton) {
    await upsertSingleton(ctx, collection, data);
    return { data: await readSingleton(ctx, collection, query) };
  }
  const keys =
    ids !== undefined
      ? await updateItemsByKeys(ctx, collection, ids, data)
      : await updateItemsByQuery(ctx, collection, query, data);
  return { data: await readItemsByKeys(ctx, collection, keys, query) };
}

async function remove(ctx: ServiceContext, request: ItemsRequest): Promise<ItemsResult> {
  const { collection, id, ids, query } = request;
  if (id !== undefined) {
    await deleteItem(ctx, collection, id);
    return { data: id };
  }
  if (ids !== undefined) {
    await deleteItemsByKeys(ctx, collection, ids);
    return { data: ids };
  }
  if (Object.keys(query).length === 0) throw invalid('Deleting needs "id", "ids" or "query"');
  return { data: await deleteItemsByQuery(ctx, collection, query) };
}

const actions = { create, read, update, delete: remove } as const;

/**
 * Runs an `items` message through the items services as the socket's caller: `create` (object or
 * list), `read` (`id`, `ids`, or by `query`; a singleton's object), `update` (`id`, `ids`, a batch
 * list, by `query`, or a singleton) and `delete` (`id`, `ids` or `query`). Written rows come back
 * re-read with `query`, as REST answers them.
 *
 * @throws INVALID_COLLECTION for a system or unknown collection, INVALID_PAYLOAD for a malformed
 * message, and whatever the services refuse (FORBIDDEN, FAILED_VALIDATION, ...).
 */
export async function handleItemsMessage(ctx: ServiceContext, message: SocketMessage): Promise<ItemsResult> {
  const action = message['action'];
  if (typeof action !== 'string' || !Object.hasOwn(actions, action)) {
    throw invalid('"action" has to be one of create, read, update, delete');
  }
  return actions[action as keyof typeof actions](ctx, toItemsRequest(ctx, message));
}
