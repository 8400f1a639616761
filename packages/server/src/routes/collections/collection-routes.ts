import { createCollection, createCollections, readCollection, readCollections } from '@plinth/services';
import type { FastifyInstance } from 'fastify';

/** `/collections`: the data model's collections. */
export async function collectionRoutes(app: FastifyInstance): Promise<void> {
  app.get('/collections', async (request) => ({ data: await readCollections(request.ctx) }));
  app.post('/collections', async (request) => {
    if (Array.isArray(request.body)) return { data: await createCollections(request.ctx, request.body) };
    return { data: await createCollection(request.ctx, request.body) };
  });
  app.get<{ Params: { collection: string } }>('/collections/:collection', async (request) => ({
    data: await readCollection(request.ctx, request.params.collection),
  }));
}
