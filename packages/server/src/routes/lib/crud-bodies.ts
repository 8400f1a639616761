import { InvalidPayloadError, isPlinthError } from '@plinth/errors';
import type { PrimaryKey } from '@plinth/types';
import type { FastifyReply } from 'fastify';

/** Whether a body is a plain JSON object. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Which rows a batch body names: `{keys}` or `{query}`. */
export type Selection = { keys: PrimaryKey[] } | { query: Record<string, unknown> };

/** A SEARCH body: `{keys}`, `{query}` (in place of the query string), or nothing. */
export function toSearchBody(body: unknown): Selection | null {
  if (body === undefined || body === null) return null;
  if (!isRecord(body)) throw new InvalidPayloadError({ reason: 'The body must be an object' });
  if (body['keys'] === undefined && body['query'] === undefined) return null;
  return toSelection(body);
}

/** `{keys, ...}` or `{query, ...}`: exactly one of the two, as the batch forms of PATCH and DELETE take. */
export function toSelection(body: Record<string, unknown>): Selection {
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
  if (!hasQuery) {
    throw new InvalidPayloadError({ reason: '"value" must contain at least one of [keys, query]' });
  }
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

/** Re-reads written rows with the request's query; a caller who may write but not read gets 204. */
export async function reread(reply: FastifyReply, read: () => Promise<unknown>) {
  try {
    return { data: await read() };
  } catch (error) {
    if (isPlinthError(error, 'FORBIDDEN')) return reply.code(204).send();
    throw error;
  }
}
