import type { PlinthError } from '@plinth/errors';

/** Runs `fn` and returns what it threw (or rejected with); fails when it did not throw. */
export async function catchError(fn: () => unknown): Promise<PlinthError> {
  try {
    await fn();
  } catch (error) {
    return error as PlinthError;
  }
  throw new Error('expected an error, none was thrown');
}
