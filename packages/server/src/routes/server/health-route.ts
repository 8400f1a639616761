import type { FastifyInstance } from 'fastify';
import { readServerHealth, type ServerHealthOptions } from './read-server-health.js';

/** What `/server/health` reports on. */
export type HealthRouteOptions = ServerHealthOptions;

/**
 * `GET /server/health`: `application/health+json`, never cached; 503 when a dependency is down.
 * Anyone sees the overall status; admins also see each check and its reason.
 */
export function createHealthRoute(options: HealthRouteOptions) {
  return async function healthRoute(app: FastifyInstance): Promise<void> {
    app.get('/server/health', { config: { bestEffortAuthentication: true } }, async (request, reply) => {
      const health = await readServerHealth(options, request.accountability?.admin === true);
      reply
        .code(health.status === 'error' ? 503 : 200)
        .type('application/health+json; charset=utf-8')
        .header('Cache-Control', 'no-cache');
      return health;
    });
  };
}
