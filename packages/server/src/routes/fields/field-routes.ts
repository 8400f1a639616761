import { readField, readFields } from '@plinth/services';
import type { FastifyInstance } from 'fastify';

/** `/fields`: the fields of every collection, of one, or one field. */
export async function fieldRoutes(app: FastifyInstance): Promise<void> {
  app.get('/fields', async (request) => ({ data: await readFields(request.ctx) }));
  app.get<{ Params: { collection: string } }>('/fields/:collection', async (request) => ({
    data: await readFields(request.ctx, request.params.collection),
  }));
  app.get<{ Params: { collection: string; field: string } }>('/fields/:collection/:field', async (request) => ({
    data: await readField(request.ctx, request.params.collection, request.params.field),
  }));
}
