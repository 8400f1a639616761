import type { RequestOrigin } from '@plinth/services';
import type { FastifyRequest } from 'fastify';

/** Where a request came from, for accountability, sessions and activity rows. */
export function requestOrigin(request: FastifyRequest): RequestOrigin {
  return {
    ip: request.ip ?? null,
    userAgent: request.headers['user-agent'] ?? null,
    origin: request.headers.origin ?? null,
  };
}
