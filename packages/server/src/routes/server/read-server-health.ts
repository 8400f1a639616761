import type { HealthObservation, HealthProbe } from '../../health/health-check.js';
import { runHealthProbes } from '../../health/run-health-probes.js';

/** What the server's health report covers. */
export interface ServerHealthOptions {
  probes: HealthProbe[];
  releaseId: string;
  serviceId: string;
}

/** The health report: its overall status for anyone; for admins also each check and the service's ids. */
export interface ServerHealth {
  status: HealthObservation['status'];
  releaseId?: string;
  serviceId?: string;
  checks?: Record<string, HealthObservation[]>;
}

/** Runs the probes and shapes the body of `GET /server/health` (and GraphQL's `server_health`). */
export async function readServerHealth(options: ServerHealthOptions, admin: boolean): Promise<ServerHealth> {
  const { status, checks } = await runHealthProbes(options.probes);
  if (!admin) return { status };
  return { status, releaseId: options.releaseId, serviceId: options.serviceId, checks };
}
