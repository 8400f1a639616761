import { parseQuery } from '@plinth/query';
import type { Query } from '@plinth/types';
import { defaultServiceLimits, type ServiceContext } from '../../context/service-context.js';

/**
 * Parses query parameters, in either wire encoding, with the limits of the context.
 *
 * @throws INVALID_QUERY for anything malformed.
 */
export function readQuery(ctx: Pick<ServiceContext, 'limits'>, raw: Record<string, unknown>): Query {
  const limits = ctx.limits ?? defaultServiceLimits;
  return parseQuery(raw, {
    defaultLimit: limits.queryLimitDefault,
    maxLimit: limits.queryLimitMax,
    maxRelationalDepth: limits.maxRelationalDepth,
    maxJsonQueryDepth: limits.maxJsonQueryDepth,
  });
}
