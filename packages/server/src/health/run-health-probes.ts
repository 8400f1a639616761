import type { HealthObservation, HealthProbe } from './health-check.js';

const severity: Record<HealthObservation['status'], number> = { ok: 0, warn: 1, error: 2 };

/** Runs every probe at once and folds their results into one overall status. */
export async function runHealthProbes(
  probes: HealthProbe[],
): Promise<{ status: HealthObservation['status']; checks: Record<string, HealthObservation[]> }> {
  const results = await Promise.all(probes.map(async (probe) => [probe.name, await probe.run()] as const));
  let status: HealthObservation['status'] = 'ok';
  const checks: Record<string, HealthObservation[]> = {};
  for (const [name, observation] of results) {
    checks[name] = [observation];
    if (severity[observation.status] > severity[status]) status = observation.status;
  }
  return { status, checks };
}
