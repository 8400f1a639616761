import { parseQuery } from '@plinth/query';
import type { Query } from '@plinth/types';
import { defaultServiceLimits, type ServiceContext } from '../../context/service-context.js';
import { createParsedQueryCache } from './parsed-query-cache.js';

const parsedQueries = createParsedQueryCache();

/**
 * Parses query parameters, in either wire encoding, with the limits of the context. Query strings seen
 * before come back from a cache as the same frozen {@link Query}, so a repeated request skips parsing.
 *
 * @throws INVALID_QUERY for anything malformed.
 */
export function readQuery(ctx: Pick<ServiceContext, 'limits'>, raw: Record<string, unknown>): Query {
  const limits = ctx.limits ?? defaultServiceLimits;
  return parsedQueries.get(raw, limits, () =>
    parseQuery(raw, {
      defaultLimit: limits.queryLimitDefault,
      maxLimit: limits.queryLimitMax,
      maxRelationalDepth: limits.maxRelationalDepth,
      maxJsonQueryDepth: limits.maxJsonQueryDepth,
    }),
  );
}
