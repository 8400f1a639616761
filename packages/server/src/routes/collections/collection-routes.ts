import {
  createCollection,
  createCollections,
  deleteCollection,
  readCollection,
  readCollections,
  readCollectionsByKeys,
  updateCollection,
  updateCollections,
} from '@plinth/services';
import type { FastifyInstance } from 'fastify';

type ByName = { Params: { collection: string } };

/** `/collections`: the data model's collections. */
export async function collectionRoutes(app: FastifyInstance): Promise<void> {
  app.get('/collections', async (request) => ({ data: await readCollections(request.ctx) }));
  // SEARCH (a GET with a body) is not one of Fastify's default methods; the list is app-wide.
  if (!app.supportedMethods.includes('SEARCH')) app.addHttpMethod('SEARCH', { hasBody: true });
  app.route({
    method: 'SEARCH',
    url: '/collections',
    handler: async (request) => ({ data: await readCollectionsByKeys(request.ctx, request.body) }),
  });
  app.post('/collections', async (request) => {
    if (Array.isArray(request.body)) return { data: await createCollections(request.ctx, request.body) };
    return { data: await createCollection(request.ctx, request.body) };
  });
  app.patch('/collections', async (request) => ({
    data: await updateCollections(request.ctx, request.body),
  }));
  app.get<ByName>('/collections/:collection', async (request) => ({
    data: await readCollection(request.ctx, request.params.collection),
  }));
  app.patch<ByName>('/collections/:collection', async (request) => ({
    data: await updateCollection(request.ctx, request.params.collection, request.body),
  }));
  app.delete<ByName>('/collections/:collection', async (request, reply) => {
    await deleteCollection(request.ctx, request.params.collection);
    return reply.code(204).send();
  });
}
