import { InvalidPayloadError } from '@plinth/errors';
import { readItemJson, readItemsByKeys, readItemsJson, readSingleton } from '@plinth/services';
import type { PrimaryKey } from '@plinth/types';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

type ByCollection = { Params: { collection: string }; Querystring: Record<string, unknown> };
type ByKey = { Params: { collection: string; key: string }; Querystring: Record<string, unknown> };

/** What a SEARCH body asks for: the rows with these keys, or a query in place of the query string. */
type SearchBody = { keys: PrimaryKey[] } | { query: Record<string, unknown> } | null;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function toSearchBody(body: unknown): SearchBody {
  if (body === undefined || body === null) return null;
  if (!isRecord(body)) throw new InvalidPayloadError({ reason: 'The body must be an object' });
  const hasKeys = body['keys'] !== undefined;
  const hasQuery = body['query'] !== undefined;
  if (hasKeys && hasQuery) throw new InvalidPayloadError({ reason: '"keys" and "query" cannot be combined' });
  if (hasKeys) {
    if (!Array.isArray(body['keys'])) throw new InvalidPayloadError({ reason: '"keys" must be an array' });
    return { keys: body['keys'] as PrimaryKey[] };
  }
  if (hasQuery) {
    if (!isRecord(body['query'])) throw new InvalidPayloadError({ reason: '"query" must be an object' });
    return { query: body['query'] };
  }
  return null;
}

/**
 * The envelope `{data, meta?}` around data already in JSON text, as the text Fastify would have
 * written for it: sent as it is, it spares parsing and writing the items again.
 */
function jsonEnvelope(reply: FastifyReply, data: string, meta?: object): string {
  reply.type('application/json; charset=utf-8');
  return meta === undefined ? `{"data":${data}}` : `{"data":${data},"meta":${JSON.stringify(meta)}}`;
}

async function listOrSingleton(
  request: FastifyRequest<ByCollection>,
  reply: FastifyReply,
  rawQuery: Record<string, unknown>,
) {
  const { ctx, params } = request;
  if (ctx.schema.collections[params.collection]?.singleton) {
    return { data: await readSingleton(ctx, params.collection, rawQuery) };
  }
  const { data, meta } = await readItemsJson(ctx, params.collection, rawQuery);
  return jsonEnvelope(reply, data, meta);
}

/**
 * The read side of `/items/:collection`: list (or the singleton's object), SEARCH by `{query}` or
 * `{keys}`, and one item by key. `meta` is in the envelope only when the query asks for it.
 */
export async function itemsReadRoutes(app: FastifyInstance): Promise<void> {
  // SEARCH (a GET with a body) is not one of Fastify's default methods; the list is app-wide.
  if (!app.supportedMethods.includes('SEARCH')) app.addHttpMethod('SEARCH', { hasBody: true });

  app.get<ByCollection>('/items/:collection', (request, reply) =>
    listOrSingleton(request, reply, request.query),
  );
  app.route<ByCollection>({
    method: 'SEARCH',
    url: '/items/:collection',
    handler: async (request, reply) => {
      const body = toSearchBody(request.body);
      if (body && 'keys' in body) {
        const { ctx, params } = request;
        return { data: await readItemsByKeys(ctx, params.collection, body.keys, request.query) };
      }
      return listOrSingleton(request, reply, body ? body.query : request.query);
    },
  });
  app.get<ByKey>('/items/:collection/:key', async (request, reply) => {
    const { ctx, params } = request;
    return jsonEnvelope(reply, await readItemJson(ctx, params.collection, params.key, request.query));
  });
}
