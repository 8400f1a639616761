import { createField, deleteField, readField, readFields, updateField, updateFields } from '@plinth/services';
import type { FastifyInstance } from 'fastify';

type OfCollection = { Params: { collection: string } };
type OneField = { Params: { collection: string; field: string } };

/** `/fields`: the fields of every collection, of one, or one field; and their writes. */
export async function fieldRoutes(app: FastifyInstance): Promise<void> {
  app.get('/fields', async (request) => ({ data: await readFields(request.ctx) }));
  app.get<OfCollection>('/fields/:collection', async (request) => ({
    data: await readFields(request.ctx, request.params.collection),
  }));
  app.post<OfCollection>('/fields/:collection', async (request) => ({
    data: await createField(request.ctx, request.params.collection, request.body),
  }));
  app.patch<OfCollection>('/fields/:collection', async (request) => ({
    data: await updateFields(request.ctx, request.params.collection, request.body),
  }));
  app.get<OneField>('/fields/:collection/:field', async (request) => ({
    data: await readField(request.ctx, request.params.collection, request.params.field),
  }));
  app.patch<OneField>('/fields/:collection/:field', async (request) => ({
    data: await updateField(request.ctx, request.params.collection, request.params.field, request.body),
  }));
  app.delete<OneField>('/fields/:collection/:field', async (request, reply) => {
    await deleteField(request.ctx, request.params.collection, request.params.field);
    return reply.code(204).send();
  });
}
