import {
  clearCaches,
  generateHash,
  randomString,
  revertRevision,
  sortItems,
  verifyHash,
} from '@plinth/services';
import type { FastifyInstance } from 'fastify';
import { isRecord } from '../lib/crud-bodies.js';

type WithBody = { Body: unknown };
const field = (body: unknown, name: string): unknown => (isRecord(body) ? body[name] : undefined);

/**
 * `/utils/*`: random strings, argon2 hashes, manual sorting, reverting to a revision and clearing the
 * server's caches. Sorting and reverting write as the caller, through the items services; clearing
 * caches is for admins. Sort and cache clear answer 200 with an empty body, revert 204, as Directus does.
 */
export async function utilsRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: { length?: string } }>('/utils/random/string', async (request) => ({
    data: randomString(request.query.length),
  }));
  app.post<WithBody>('/utils/hash/generate', async (request) => ({
    data: await generateHash(request.ctx, field(request.body, 'string')),
  }));
  app.post<WithBody>('/utils/hash/verify', async (request) => ({
    data: await verifyHash(field(request.body, 'string'), field(request.body, 'hash')),
  }));
  app.post<WithBody & { Params: { collection: string } }>(
    '/utils/sort/:collection',
    async (request, reply) => {
      await sortItems(request.ctx, request.params.collection, request.body);
      return reply.code(200).send();
    },
  );
  app.post<{ Params: { revision: string } }>('/utils/revert/:revision', async (request, reply) => {
    await revertRevision(request.ctx, request.params.revision);
    return reply.code(204).send();
  });
  app.post('/utils/cache/clear', async (request, reply) => {
    await clearCaches(request.ctx);
    return reply.code(200).send();
  });
}
