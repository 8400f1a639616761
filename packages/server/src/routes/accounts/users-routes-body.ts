import { InvalidPayloadError, isPlinthError } from '@plinth/errors';
import type { UserSelection } from '@plinth/services';
import type { PrimaryKey } from '@plinth/types';

/** Whether a body is a JSON object (not an array, not null). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `{keys}` or `{query}` of a `/users` batch: exactly one of them, as `/items` takes them. */
export function toUserSelection(body: Record<string, unknown>): UserSelection {
  const hasKeys = body['keys'] !== undefined;
  const hasQuery = body['query'] !== undefined;
  if (hasKeys && hasQuery) {
    throw new InvalidPayloadError({
      reason: '"value" contains a conflict between exclusive peers [keys, query]',
    });
  }
  if (hasKeys) {
    if (!Array.isArray(body['keys'])) throw new InvalidPayloadError({ reason: '"keys" must be an array' });
    return { keys: body['keys'] as PrimaryKey[] };
  }
  if (!hasQuery)
    throw new InvalidPayloadError({ reason: '"value" must contain at least one of [keys, query]' });
  if (!isRecord(body['query'])) throw new InvalidPayloadError({ reason: '"query" must be of type object' });
  return { query: body['query'] };
}

/** Several validation failures travel as one AggregateError; the envelope sends each of them. */
export async function withErrorList<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (
      error instanceof AggregateError &&
      error.errors.length > 0 &&
      error.errors.every((e) => isPlinthError(e))
    ) {
      throw error.errors;
    }
    throw error;
  }
}
