import type { QueryMeta } from '@plinth/types';
import { invalidQuery } from './invalid-query.js';
import { parseStringList } from './parse-string-list.js';

const META: readonly QueryMeta[] = ['total_count', 'filter_count'];

/** Reads `meta`: `*` for both counts, or a list of `total_count` / `filter_count`. */
export function parseMeta(raw: unknown): QueryMeta[] | null {
  const list = parseStringList(raw, 'meta');
  if (list === null) return null;

  const meta = new Set<QueryMeta>();
  for (const item of list) {
    if (item === '*') {
      for (const name of META) meta.add(name);
    } else if ((META as readonly string[]).includes(item)) {
      meta.add(item as QueryMeta);
    } else {
      throw invalidQuery(`"meta" can only contain "total_count", "filter_count" or "*", not "${item}"`);
    }
  }
  return [...meta];
}
