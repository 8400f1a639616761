import type { Filter } from '@plinth/types';
import { hoistLogicalOperators } from './lib/hoist-logical-operators.js';
import { invalidQuery } from './lib/invalid-query.js';
import { isPlainRecord } from './lib/is-plain-record.js';
import { parseFilterNode } from './lib/parse-filter-node.js';
import { parseJsonParam } from './lib/parse-json-param.js';

/** Options of {@link parseFilter}. */
export interface ParseFilterOptions {
  /**
   * Deepest `json(field, path)` path accepted in filter keys (`MAX_JSON_QUERY_DEPTH`).
   * @default 10
   */
  maxJsonQueryDepth?: number;
}

/**
 * Structurally validates a filter (an object, or its JSON text as the SDK sends it) and returns it in canonical
 * form: one key per object, several keys AND-ed, bare values as `_eq`, logical operators hoisted above fields,
 * wire strings coerced (`"true"`, `"false"`, `"null"`), list operators as arrays. Field names, function/type
 * fit and `_some`/`_none` placement against relation kinds are checked later, with the schema.
 *
 * @throws INVALID_QUERY with the reason of the first problem found.
 */
export function parseFilter(raw: unknown, options: ParseFilterOptions = {}): Filter {
  const object = typeof raw === 'string' ? parseJsonParam(raw, 'filter') : raw;
  if (!isPlainRecord(object)) throw invalidQuery('Invalid filter object');

  const parsed = parseFilterNode(object, {
    underField: false,
    nesting: 0,
    maxJsonQueryDepth: options.maxJsonQueryDepth ?? 10,
  });
  return hoistLogicalOperators(parsed);
}
