import { describe, expect, it } from 'vitest';
import { createResponseTimeProbe } from './create-response-time-probe.js';
import { runHealthProbes } from './run-health-probes.js';

const probe = (name: string, roundTrip: () => Promise<unknown>, thresholdMs = 1000, timeoutMs = 1000) =>
  createResponseTimeProbe({ name, componentType: 'datastore', thresholdMs, timeoutMs, roundTrip });

describe('health probes', () => {
  it('reports ok with the observed time when every dependency answers in time', async () => {
    const result = await runHealthProbes([probe('db', async () => 1)]);
    expect(result.status).toBe('ok');
    expect(result.checks.db![0]).toMatchObject({ status: 'ok', observedUnit: 'ms', threshold: 1000 });
  });

  it('warns when an answer is slower than the threshold', async () => {
    const slow = probe('db', () => new Promise((resolve) => setTimeout(resolve, 30)), 5);
    expect((await runHealthProbes([slow])).status).toBe('warn');
  });

  it('reports error, with the reason, when one dependency fails or hangs; the worst status wins', async () => {
    const result = await runHealthProbes([
      probe('db', async () => 1),
      probe('cache', () => Promise.reject(new Error('ECONNREFUSED'))),
      probe('hang', () => new Promise(() => {}), 1000, 20),
    ]);
    expect(result.status).toBe('error');
    expect(result.checks.cache![0]).toMatchObject({ status: 'error', output: 'ECONNREFUSED' });
    expect(result.checks.hang![0]!.output).toMatch(/no answer within 20 ms/);
  });
});
