import type { DeepQueryNode, Filter, RelationOverview } from '@plinth/types';
import type { FieldReference } from '../../field-reference.js';
import type { CollectionTarget } from '../read-node.js';

/** The query parameters of one level: the top level of a query, or one `deep` entry. */
export interface LevelParams {
  filter?: Filter | null;
  sort?: string[] | null;
  limit?: number | null;
  offset?: number | null;
  page?: number | null;
  search?: string | null;
  alias?: Record<string, string> | null;
}

/** Everything needed to build one level of the read tree. */
export interface LevelInput {
  target: CollectionTarget;
  /** Field references relative to this level. */
  references: FieldReference[];
  params: LevelParams;
  /** The `deep` entries of this level's relational fields. */
  deep: DeepQueryNode | null;
  path: string[];
  /** The relation this level was reached through, for `backlink=false`. */
  via: RelationOverview | null;
  /** Sort when none is given: the relation's or the collection's sort field, else the primary key. */
  defaultSort: string | null;
  /** Limit when none is given: `null` for the root (the parser set it), 100 for nested lists. */
  defaultLimit: number | null;
}

/** Reads the underscore parameters of a `deep` entry. */
export function toDeepParams(deep: DeepQueryNode | null | undefined): LevelParams {
  if (!deep) return {};
  const params: LevelParams = {};
  if (deep._filter) params.filter = deep._filter;
  if (deep._sort) params.sort = deep._sort;
  if (typeof deep._limit === 'number') params.limit = deep._limit;
  if (typeof deep._offset === 'number') params.offset = deep._offset;
  if (typeof deep._page === 'number') params.page = deep._page;
  if (typeof deep._search === 'string') params.search = deep._search;
  if (deep._alias) params.alias = deep._alias;
  return params;
}

/** The `deep` entry under a key, if it is one (underscore keys are parameters). */
export function deepChild(deep: DeepQueryNode | null, key: string): DeepQueryNode | null {
  if (!deep || key.startsWith('_') || !Object.hasOwn(deep, key)) return null;
  const child = deep[key];
  return typeof child === 'object' && child !== null && !Array.isArray(child)
    ? (child as DeepQueryNode)
    : null;
}
