import { readSettings, updateSettings } from '@plinth/services';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { reread, withErrorList } from '../lib/crud-bodies.js';

type SettingsRequest = FastifyRequest<{ Querystring: Record<string, unknown> }>;

/** `/settings`: the project settings singleton, `GET` to read and `PATCH` to change. */
export async function settingsRoutes(app: FastifyInstance): Promise<void> {
  app.get('/settings', async (request: SettingsRequest) => ({
    data: await readSettings(request.ctx, request.query),
  }));
  app.patch('/settings', async (request: SettingsRequest, reply: FastifyReply) => {
    const { ctx, body, query } = request;
    await withErrorList(() => updateSettings(ctx, body));
    return reread(reply, () => readSettings(ctx, query));
  });
}
