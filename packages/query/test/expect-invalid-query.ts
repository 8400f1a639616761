import { isPlinthError } from '@plinth/errors';
import { expect } from 'vitest';

/** Runs `run` and asserts it throws INVALID_QUERY with exactly `reason`. */
export function expectInvalidQuery(run: () => unknown, reason: string): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught, 'expected an InvalidQueryError').toBeDefined();
  if (!isPlinthError(caught, 'INVALID_QUERY')) throw caught;
  expect(caught.extensions.reason).toBe(reason);
  expect(caught.status).toBe(400);
}
