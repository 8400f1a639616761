import { readRelation, readRelations } from '@plinth/services';
import type { FastifyInstance } from 'fastify';

/** `/relations`: every relation, those of one collection, or one by its foreign key field. */
export async function relationRoutes(app: FastifyInstance): Promise<void> {
  app.get('/relations', async (request) => ({ data: await readRelations(request.ctx) }));
  app.get<{ Params: { collection: string } }>('/relations/:collection', async (request) => ({
    data: await readRelations(request.ctx, request.params.collection),
  }));
  app.get<{ Params: { collection: string; field: string } }>('/relations/:collection/:field', async (request) => ({
    data: await readRelation(request.ctx, request.params.collection, request.params.field),
  }));
}
