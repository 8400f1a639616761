import { InvalidPayloadError, RouteNotFoundError } from '@plinth/errors';
import {
  createItem,
  createItems,
  deleteItem,
  deleteItemsByKeys,
  deleteItemsByQuery,
  readItem,
  readItemsByKeys,
  readSingleton,
  updateBatch,
  updateItem,
  updateItemsByKeys,
  updateItemsByQuery,
  upsertSingleton,
} from '@plinth/services';
import type { PrimaryKey } from '@plinth/types';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isRecord, reread, toSelection, withErrorList } from '../lib/crud-bodies.js';

type ByCollection = { Params: { collection: string }; Querystring: Record<string, unknown> };
type ByKey = { Params: { collection: string; key: string }; Querystring: Record<string, unknown> };
type WriteRequest = FastifyRequest<ByCollection> | FastifyRequest<ByKey>;

function assertNotSingleton(request: WriteRequest): void {
  if (request.ctx.schema.collections[request.params.collection]?.singleton) {
    throw new RouteNotFoundError({ path: request.url.split('?')[0] ?? request.url });
  }
}

async function patchCollection(request: FastifyRequest<ByCollection>, reply: FastifyReply) {
  const { ctx, params, body, query } = request;
  const collection = params.collection;
  if (ctx.schema.collections[collection]?.singleton && isRecord(body)) {
    await upsertSingleton(ctx, collection, body);
    return reread(reply, () => readSingleton(ctx, collection, query));
  }
  let keys: PrimaryKey[];
  if (Array.isArray(body)) keys = await updateBatch(ctx, collection, body);
  else if (isRecord(body)) {
    const selection = toSelection(body);
    if (!isRecord(body['data'])) throw new InvalidPayloadError({ reason: '"data" is required' });
    keys =
      'keys' in selection
        ? await updateItemsByKeys(ctx, collection, selection.keys, body['data'])
        : await updateItemsByQuery(ctx, collection, selection.query, body['data']);
  } else throw new InvalidPayloadError({ reason: 'The body has to be an array or an object' });
  return reread(reply, () => readItemsByKeys(ctx, collection, keys, query));
}

async function deleteFromCollection(request: FastifyRequest<ByCollection>, reply: FastifyReply) {
  const { ctx, params, body } = request;
  if (Array.isArray(body)) await deleteItemsByKeys(ctx, params.collection, body as PrimaryKey[]);
  else if (isRecord(body)) {
    const selection = toSelection(body);
    if ('keys' in selection) await deleteItemsByKeys(ctx, params.collection, selection.keys);
    else await deleteItemsByQuery(ctx, params.collection, selection.query);
  } else throw new InvalidPayloadError({ reason: 'The body has to be an array of keys or an object' });
  return reply.code(204).send();
}

/**
 * The write side of `/items/:collection`: create (object or array), update (batch array, `{keys, data}`,
 * `{query, data}`, a singleton's object, or one key) and delete (array, `{keys}`, `{query}`, or one key).
 * Written rows come back re-read with the request's query (`fields`, ...), or 204 when that read is
 * refused; deletes answer 204.
 */
export async function itemsWriteRoutes(app: FastifyInstance): Promise<void> {
  app.post<ByCollection>('/items/:collection', (request, reply) =>
    withErrorList(async () => {
      assertNotSingleton(request);
      const { ctx, params, body, query } = request;
      if (Array.isArray(body)) {
        const keys = await createItems(ctx, params.collection, body);
        return reread(reply, () => readItemsByKeys(ctx, params.collection, keys, query));
      }
      if (!isRecord(body))
        throw new InvalidPayloadError({ reason: 'The body has to be an object or an array' });
      const key = await createItem(ctx, params.collection, body);
      return reread(reply, () => readItem(ctx, params.collection, key, query));
    }),
  );
  app.patch<ByCollection>('/items/:collection', (request, reply) =>
    withErrorList(() => patchCollection(request, reply)),
  );
  app.patch<ByKey>('/items/:collection/:key', (request, reply) =>
    withErrorList(async () => {
      assertNotSingleton(request);
      const { ctx, params, body, query } = request;
      if (!isRecord(body)) throw new InvalidPayloadError({ reason: 'The body has to be an object' });
      const key = await updateItem(ctx, params.collection, params.key, body);
      return reread(reply, () => readItem(ctx, params.collection, key, query));
    }),
  );
  app.delete<ByCollection>('/items/:collection', (request, reply) =>
    withErrorList(() => deleteFromCollection(request, reply)),
  );
  app.delete<ByKey>('/items/:collection/:key', async (request, reply) => {
    await deleteItem(request.ctx, request.params.collection, request.params.key);
    return reply.code(204).send();
  });
}
