import { readCurrentUser } from '@plinth/services';
import type { FastifyInstance } from 'fastify';

/**
 * `GET /users/me`: the caller's own user, shaped by the query; 401 INVALID_CREDENTIALS for anonymous
 * callers. The rest of `/users` lives elsewhere.
 */
export async function usersMeRoute(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: Record<string, unknown> }>('/users/me', async (request) => ({
    data: await readCurrentUser(request.ctx, request.query),
  }));
}
