import type { DeepQuery, Query } from '@plinth/types';
import { filterDepth, pathDepth } from './lib/filter-depth.js';
import { invalidQuery } from './lib/invalid-query.js';
import { isPlainRecord } from './lib/is-plain-record.js';

/**
 * Refuses a query whose `fields`, `filter`, `sort` or `deep` walk more than `maxRelationalDepth` fields
 * (`MAX_RELATIONAL_DEPTH`; values below 2 count as 2). As on the wire, `fields` is not counted while
 * aggregating, and `groupBy` replaces it when grouping. `deep` counts its own nesting plus the paths in each
 * level's `_filter`, `_sort` and `_group`.
 *
 * @throws INVALID_QUERY "Max relational depth exceeded".
 */
export function assertRelationalDepth(query: Query, maxRelationalDepth: number): void {
  const max = Math.max(2, maxRelationalDepth);
  const aggregating = query.aggregate !== undefined && query.aggregate !== null;
  const selected = query.groupBy ?? (aggregating ? [] : (query.fields ?? []));

  const depth = Math.max(
    listDepth(selected),
    listDepth(query.sort),
    filterDepth(query.filter),
    deepDepth(query.deep ?? undefined),
  );
  if (depth > max) throw invalidQuery('Max relational depth exceeded');
}

function listDepth(list: readonly string[] | null | undefined): number {
  return Math.max(0, ...(list ?? []).map(pathDepth));
}

function deepDepth(node: DeepQuery | Record<string, unknown> | undefined): number {
  if (node === undefined) return 0;

  let depth = 0;
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('_') || !isPlainRecord(value)) continue;
    const inner = Math.max(
      filterDepth(value['_filter']),
      listDepth(value['_sort'] as string[] | undefined),
      listDepth(value['_group'] as string[] | undefined),
      deepDepth(value),
    );
    depth = Math.max(depth, 1 + inner);
  }
  return depth;
}
