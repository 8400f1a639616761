import { setTimeout as sleep } from 'node:timers/promises';

/** Waits until `ms` have passed since `startedAt` (a `performance.now()` reading). */
export async function stall(ms: number, startedAt: number): Promise<void> {
  const left = ms - (performance.now() - startedAt);
  if (left > 0) await sleep(left);
}
