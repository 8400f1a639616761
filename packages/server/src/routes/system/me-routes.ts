import { readItemPermissionsMe, readPermissionsMe, readPolicyGlobals, readRolesMe } from '@plinth/services';
import type { FastifyInstance, FastifyRequest } from 'fastify';

type ItemParams = { Params: { collection: string; key?: string } };

/**
 * What callers may ask about themselves: `/permissions/me` (their permissions summarised per collection
 * and action), `/permissions/me/:collection[/:key]` (may they update, delete, share), `/policies/me/globals`
 * (app, admin and two-factor flags) and `/roles/me` (their role tree, root first).
 */
export async function meRoutes(app: FastifyInstance): Promise<void> {
  app.get('/permissions/me', async (request) => ({ data: await readPermissionsMe(request.ctx) }));
  const itemPermissions = async (request: FastifyRequest<ItemParams>) => ({
    data: await readItemPermissionsMe(request.ctx, request.params.collection, request.params.key),
  });
  app.get<ItemParams>('/permissions/me/:collection', itemPermissions);
  app.get<ItemParams>('/permissions/me/:collection/:key', itemPermissions);
  app.get('/policies/me/globals', async (request) => ({ data: await readPolicyGlobals(request.ctx) }));
  app.get<{ Querystring: Record<string, unknown> }>('/roles/me', async (request) => ({
    data: await readRolesMe(request.ctx, request.query),
  }));
}
