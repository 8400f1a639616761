import { InvalidPayloadError, InvalidQueryError } from '@plinth/errors';
import type { FastifyRequest } from 'fastify';

/** A GraphQL request as sent over HTTP. */
export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readVariables(raw: unknown, fromQueryString: boolean): Record<string, unknown> | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (fromQueryString && typeof raw === 'string') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new InvalidQueryError({ reason: 'Variables are invalid JSON' });
    }
    if (isRecord(parsed)) return parsed;
  } else if (isRecord(raw)) return raw;
  throw new InvalidPayloadError({ reason: '"variables" must be an object' });
}

/**
 * Reads `query`, `variables` and `operationName` from a POST body or, for GET, the query string
 * (where `variables` is JSON text).
 *
 * @throws INVALID_PAYLOAD without a query string, INVALID_QUERY for variables that are not JSON.
 */
export function readGraphQLRequest(request: FastifyRequest): GraphQLRequest {
  const fromQueryString = request.method === 'GET';
  const source = fromQueryString ? request.query : request.body;
  const params = isRecord(source) ? source : {};
  const query = params['query'];
  if (typeof query !== 'string' || query.trim() === '') {
    throw new InvalidPayloadError({ reason: 'Must provide query string' });
  }
  const variables = readVariables(params['variables'], fromQueryString);
  const operationName = params['operationName'];
  return {
    query,
    ...(variables ? { variables } : {}),
    ...(typeof operationName === 'string' && operationName !== '' ? { operationName } : {}),
  };
}
