import { InvalidPayloadError } from '@plinth/errors';
import {
  createSystemItem,
  createSystemItems,
  deleteSystemItemsByKeys,
  deleteSystemItemsByQuery,
  readSystemItem,
  readSystemItemsByKeys,
  type SystemCollection,
  updateSystemBatch,
  updateSystemItem,
  updateSystemItemsByKeys,
  updateSystemItemsByQuery,
} from '@plinth/services';
import type { PrimaryKey } from '@plinth/types';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isRecord, reread, toSelection, withErrorList } from '../lib/crud-bodies.js';
import { createSystemReadRoutes } from './create-system-read-routes.js';

type ByBase = { Querystring: Record<string, unknown> };
type ByKey = ByBase & { Params: { key: string } };

/**
 * The standard CRUD of a system collection under `basePath` (`/roles` → `directus_roles`), answered as
 * `/items` answers: list and SEARCH (`{query}` or `{keys}`), one by key, create (object or array),
 * update (batch array, `{keys, data}`, `{query, data}`, one key), delete (array, `{keys}`, `{query}`,
 * one key; 204). Written rows come back re-read with the request's query, or 204 when that read is
 * refused.
 *
 * @example
 * await app.register(createSystemCollectionRoutes('/roles', rolesCollection));
 */
export function createSystemCollectionRoutes(basePath: string, system: SystemCollection) {
  const one = `${basePath}/:key`;

  async function patchMany(request: FastifyRequest<ByBase>, reply: FastifyReply) {
    const { ctx, body, query } = request;
    let keys: PrimaryKey[];
    if (Array.isArray(body)) keys = await updateSystemBatch(ctx, system, body);
    else if (isRecord(body)) {
      const selection = toSelection(body);
      if (!isRecord(body['data'])) throw new InvalidPayloadError({ reason: '"data" is required' });
      keys =
        'keys' in selection
          ? await updateSystemItemsByKeys(ctx, system, selection.keys, body['data'])
          : await updateSystemItemsByQuery(ctx, system, selection.query, body['data']);
    } else throw new InvalidPayloadError({ reason: 'The body has to be an array or an object' });
    return reread(reply, () => readSystemItemsByKeys(ctx, system, keys, query));
  }

  async function deleteMany(request: FastifyRequest<ByBase>, reply: FastifyReply) {
    const { ctx, body } = request;
    if (Array.isArray(body)) await deleteSystemItemsByKeys(ctx, system, body as PrimaryKey[]);
    else if (isRecord(body)) {
      const selection = toSelection(body);
      if ('keys' in selection) await deleteSystemItemsByKeys(ctx, system, selection.keys);
      else await deleteSystemItemsByQuery(ctx, system, selection.query);
    } else throw new InvalidPayloadError({ reason: 'The body has to be an array of keys or an object' });
    return reply.code(204).send();
  }

  return async function systemCollectionRoutes(app: FastifyInstance): Promise<void> {
    await app.register(createSystemReadRoutes(basePath, system));

    app.post<ByBase>(basePath, (request, reply) =>
      withErrorList(async () => {
        const { ctx, body, query } = request;
        if (Array.isArray(body)) {
          const keys = await createSystemItems(ctx, system, body);
          return reread(reply, () => readSystemItemsByKeys(ctx, system, keys, query));
        }
        if (!isRecord(body))
          throw new InvalidPayloadError({ reason: 'The body has to be an object or an array' });
        const key = await createSystemItem(ctx, system, body);
        return reread(reply, () => readSystemItem(ctx, system, key, query));
      }),
    );
    app.patch<ByBase>(basePath, (request, reply) => withErrorList(() => patchMany(request, reply)));
    app.patch<ByKey>(one, (request, reply) =>
      withErrorList(async () => {
        const { ctx, params, body, query } = request;
        if (!isRecord(body)) throw new InvalidPayloadError({ reason: 'The body has to be an object' });
        const key = await updateSystemItem(ctx, system, params.key, body);
        return reread(reply, () => readSystemItem(ctx, system, key, query));
      }),
    );
    app.delete<ByBase>(basePath, (request, reply) => withErrorList(() => deleteMany(request, reply)));
    app.delete<ByKey>(one, async (request, reply) => {
      await deleteSystemItemsByKeys(request.ctx, system, [request.params.key]);
      return reply.code(204).send();
    });
  };
}
