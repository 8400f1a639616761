import {
  createRelation,
  deleteRelation,
  readRelation,
  readRelations,
  updateRelation,
} from '@plinth/services';
import type { FastifyInstance } from 'fastify';

type OneRelation = { Params: { collection: string; field: string } };

/** `/relations`: every relation, those of one collection, or one by its foreign key field; and their writes. */
export async function relationRoutes(app: FastifyInstance): Promise<void> {
  app.get('/relations', async (request) => ({ data: await readRelations(request.ctx) }));
  app.post('/relations', async (request) => ({ data: await createRelation(request.ctx, request.body) }));
  app.get<{ Params: { collection: string } }>('/relations/:collection', async (request) => ({
    data: await readRelations(request.ctx, request.params.collection),
  }));
  app.get<OneRelation>('/relations/:collection/:field', async (request) => ({
    data: await readRelation(request.ctx, request.params.collection, request.params.field),
  }));
  app.patch<OneRelation>('/relations/:collection/:field', async (request) => ({
    data: await updateRelation(request.ctx, request.params.collection, request.params.field, request.body),
  }));
  app.delete<OneRelation>('/relations/:collection/:field', async (request, reply) => {
    await deleteRelation(request.ctx, request.params.collection, request.params.field);
    return reply.code(204).send();
  });
}
