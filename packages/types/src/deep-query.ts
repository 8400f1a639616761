import type { Aggregate } from './aggregate.js';
import type { Filter } from './filter.js';

/**
 * The underscore parameters of one `deep` level: a sub-query applied to a relational field's rows. `_fields`
 * is accepted but has no effect; nested fields come only from the top-level `fields`.
 */
export interface DeepQueryParams {
  _fields?: string[] | null;
  _filter?: Filter | null;
  _sort?: string[] | null;
  _limit?: number | null;
  _offset?: number | null;
  _page?: number | null;
  _search?: string | null;
  _group?: string[] | null;
  _aggregate?: Aggregate | null;
  _alias?: Record<string, string> | null;
}

/**
 * One level of `deep`: its own parameters plus nested levels keyed by relational field (or alias, or
 * `field:collection` for a2o).
 */
export type DeepQueryNode = DeepQueryParams & {
  [field: string]: DeepQueryNode | DeepQueryParams[keyof DeepQueryParams];
};

/** The `deep` query parameter: relational field name to the sub-query for its rows. */
export interface DeepQuery {
  [field: string]: DeepQueryNode;
}
