import type { TestEngine } from './list-test-engines.js';

/**
 * Says out loud, on stderr, that `what` is skipped on an engine whose variable is not set, so a
 * green run on a bare machine cannot be mistaken for a run against every engine. Silent for an
 * engine that runs.
 *
 * @param what What the file skips, e.g. `'DDL integration tests'`.
 * @param packageName The package whose tests these are, e.g. `'@plinth/schema'`.
 * @returns Whether the engine is skipped.
 */
export function warnSkipped(engine: TestEngine, what: string, packageName: string): boolean {
  if (engine.url) return false;
  console.warn(`[${packageName}] ${what} skipped on ${engine.client}: ${engine.envVar} is not set.`);
  return true;
}
