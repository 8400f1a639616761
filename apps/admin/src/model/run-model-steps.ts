import { customEndpoint } from '@directus/sdk';
import { type ApiError, toApiErrors } from '../lib/api-errors.js';
import { client } from '../lib/client.js';
import type { ModelStep } from './relation-plan.js';

/** A plan that stopped part way: the API's errors, and what had been made before them. */
export class ModelStepsError extends Error {
  constructor(
    readonly errors: ApiError[],
    readonly made: string[],
  ) {
    super(errors[0]?.message ?? 'The change failed.');
  }
}

/**
 * Sends the steps one after another (each needs the ones before it). The API cannot undo a
 * finished step, so a failure throws a {@link ModelStepsError} naming what is already there.
 */
export async function runModelSteps(steps: readonly ModelStep[]): Promise<void> {
  const made: string[] = [];
  for (const step of steps) {
    try {
      await client.request(
        customEndpoint({ path: step.path, method: step.method, body: JSON.stringify(step.body) }),
      );
    } catch (thrown) {
      throw new ModelStepsError(toApiErrors(thrown), made);
    }
    made.push(step.label);
  }
}
