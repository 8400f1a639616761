import type { HealthObservation, HealthProbe } from './health-check.js';

/** Options of a probe that times one round trip to a dependency. */
export interface ResponseTimeProbeOptions {
  name: string;
  componentType: HealthObservation['componentType'];
  /** Slower than this (ms) is a warning. */
  thresholdMs: number;
  /** Longer than this (ms) counts as down. @default 5000 */
  timeoutMs?: number;
  /** One round trip; throws when the dependency fails. */
  roundTrip: () => Promise<unknown>;
}

/** A probe that reports how long one round trip took, and `error` with the reason when it failed. */
export function createResponseTimeProbe(options: ResponseTimeProbeOptions): HealthProbe {
  const timeoutMs = options.timeoutMs ?? 5000;
  return {
    name: options.name,
    async run() {
      const started = performance.now();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      });
      const base = {
        componentType: options.componentType,
        observedUnit: 'ms',
        threshold: options.thresholdMs,
      };
      try {
        await Promise.race([options.roundTrip(), timeout]);
        const observedValue = Math.round((performance.now() - started) * 100) / 100;
        return { ...base, status: observedValue > options.thresholdMs ? 'warn' : 'ok', observedValue };
      } catch (error) {
        return { ...base, status: 'error', output: (error as Error).message };
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
