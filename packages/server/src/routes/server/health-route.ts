import type { FastifyInstance } from 'fastify';
import type { HealthProbe } from '../../health/health-check.js';
import { runHealthProbes } from '../../health/run-health-probes.js';

/** What `/server/health` reports on. */
export interface HealthRouteOptions {
  probes: HealthProbe[];
  releaseId: string;
  serviceId: string;
}

/**
 * `GET /server/health`: `application/health+json`, never cached; 503 when a dependency is down.
 * Anyone sees the overall status; admins also see each check and its reason.
 */
export function createHealthRoute(options: HealthRouteOptions) {
  return async function healthRoute(app: FastifyInstance): Promise<void> {
    app.get('/server/health', { config: { bestEffortAuthentication: true } }, async (request, reply) => {
      const { status, checks } = await runHealthProbes(options.probes);
      reply
        .code(status === 'error' ? 503 : 200)
        .type('application/health+json; charset=utf-8')
        .header('Cache-Control', 'no-cache');
      if (request.accountability?.admin !== true) return { status };
      return { status, releaseId: options.releaseId, serviceId: options.serviceId, checks };
    });
  };
}
