import type { PlinthEnv } from '@plinth/env';
import type { FastifyInstance } from 'fastify';
import { createAdminAppRoutes } from './admin/admin-app-routes.js';
import { findAdminAppRoot, readAdminAppBuild } from './admin/find-admin-app.js';

/**
 * `/` redirects to ROOT_REDIRECT, `/robots.txt` serves ROBOTS_TXT, and `/admin` serves the admin
 * app built in `adminRoot` (by default the build of `@plinth/admin`).
 */
export function createRootRoutes(env: PlinthEnv, adminRoot: string | null = findAdminAppRoot()) {
  return async function rootRoutes(app: FastifyInstance): Promise<void> {
    app.get('/', { config: { skipAuthentication: true } }, async (_request, reply) => {
      if (!env.ROOT_REDIRECT) return reply.callNotFound();
      return reply.redirect(env.ROOT_REDIRECT, 302);
    });
    app.get('/robots.txt', { config: { skipAuthentication: true } }, async (_request, reply) => {
      reply.type('text/plain; charset=utf-8');
      return env.ROBOTS_TXT;
    });
    if (!env.SERVE_APP) return;
    await app.register(createAdminAppRoutes(readAdminAppBuild(adminRoot)));
  };
}
