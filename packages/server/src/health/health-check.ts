/** One observation of a dependency, in the shape of the health+json draft the wire protocol uses. */
export interface HealthObservation {
  status: 'ok' | 'warn' | 'error';
  componentType: 'datastore' | 'cache' | 'system';
  observedValue?: number;
  observedUnit?: string;
  threshold?: number;
  output?: string;
}

/** A named probe: resolves to its observation; it never throws. */
export interface HealthProbe {
  name: string;
  run(): Promise<HealthObservation>;
}

/** The body of `/server/health` as an admin sees it. */
export interface HealthReport {
  status: HealthObservation['status'];
  releaseId: string;
  serviceId: string;
  checks: Record<string, HealthObservation[]>;
}
