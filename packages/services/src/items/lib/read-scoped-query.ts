import type { Filter, Query } from '@plinth/types';

/**
 * The query narrowed to `scope` (rows by key, say), AND-ed with the caller's own filter. Counts and
 * aggregates make no sense on a keyed read, so they are dropped; `window` replaces the paging.
 */
export function readScopedQuery(
  query: Query,
  scope: Filter,
  window: { limit: number; offset?: number },
): Query {
  const { meta: _meta, aggregate: _aggregate, groupBy: _groupBy, page: _page, ...rest } = query;
  return {
    ...rest,
    filter: query.filter ? { _and: [scope, query.filter] } : scope,
    limit: window.limit,
    offset: window.offset ?? 0,
  };
}
