import { toPlain } from './to-plain.js';

const QUERY_ARGS = ['filter', 'sort', 'limit', 'offset', 'page', 'search', 'groupBy'] as const;
const NESTED = new Set(['_and', '_or', '_some', '_none']);

/**
 * Spells a GraphQL filter the way the query parser reads it: `<field>_func: { year: {...} }` becomes
 * `year(<field>): {...}` and `<field>__<collection>` becomes `<field>:<collection>`, at every level.
 * Operator values (`_eq: ...`, `_intersects: {...}`) are left alone.
 */
export function toQueryFilter(filter: unknown): unknown {
  if (Array.isArray(filter)) return filter.map(toQueryFilter);
  if (typeof filter !== 'object' || filter === null) return filter;
  const spelled: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (key.startsWith('_')) {
      spelled[key] = NESTED.has(key) ? toQueryFilter(value) : value;
    } else if (key.endsWith('_func') && typeof value === 'object' && value !== null) {
      const field = key.slice(0, -'_func'.length);
      for (const [fn, operators] of Object.entries(value)) spelled[`${fn}(${field})`] = operators;
    } else {
      spelled[key.replace('__', ':')] = toQueryFilter(value);
    }
  }
  return spelled;
}

/**
 * The REST query parameters of a field's arguments (`filter`, `sort`, `limit`, `offset`, `page`,
 * `search`, `groupBy`), as plain values; arguments that were not given are left out.
 */
export function argsToQuery(args: Record<string, unknown>): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const name of QUERY_ARGS) {
    const value = args[name];
    if (value === undefined || value === null) continue;
    query[name] = name === 'filter' ? toQueryFilter(toPlain(value)) : toPlain(value);
  }
  return query;
}

/** The same arguments as the `_`-prefixed parameters of a `deep` level. */
export function argsToDeep(args: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(argsToQuery(args)).map(([name, value]) => [`_${name}`, value]));
}
