import type { PreparedRead } from '@plinth/query';
import type { FieldOverview, PrimaryKey, Query } from '@plinth/types';
import { readScopedQuery } from './read-scoped-query.js';
import { isSharedQuery, shareQuery } from './shared-query.js';

// Stand-ins for the key while a by-key read is compiled; the plan is then reused for every key by
// swapping the stand-in's bound parameter for the real key.
const KEY_STAND_INS: Partial<Record<string, PrimaryKey>> = {
  integer: -2147483647,
  bigInteger: Number.MIN_SAFE_INTEGER,
  uuid: '00000000-0000-4000-8000-00000000d1ce',
};
const TEXT_STAND_IN = '\u0000plinth:key\u0000';

/** The value a by-key read is compiled with, so its plan can serve every key of the collection. */
export function keyStandIn(field: FieldOverview): PrimaryKey {
  return KEY_STAND_INS[field.type] ?? TEXT_STAND_IN;
}

/**
 * The plan with the stand-in's parameter replaced by `key`, or null when the stand-in is not bound exactly
 * once (the caller then compiles the read for its key).
 */
export function withKey(plan: PreparedRead, standIn: PrimaryKey, key: PrimaryKey): PreparedRead | null {
  const { parameters } = plan.statement;
  const index = parameters.indexOf(standIn);
  if (index === -1 || parameters.indexOf(standIn, index + 1) !== -1) return null;
  const bound = [...parameters];
  bound[index] = key;
  return { ...plan, statement: { ...plan.statement, parameters: bound } };
}

/** How a by-key read narrows its query: to one item (`_eq`, limit 1), or to a list of that one key (`_in`). */
export type KeyScope = 'item' | 'keys';

/** The query of a by-key read: `query` narrowed to the row whose `primary` is `key`. */
export function keyScopedQuery(query: Query, primary: string, key: PrimaryKey, scope: KeyScope): Query {
  return scope === 'item'
    ? readScopedQuery(query, { [primary]: { _eq: key } }, { limit: 1 })
    : readScopedQuery(query, { [primary]: { _in: [key] } }, { limit: -1 });
}

// Templates of shared queries, made once: with them, a repeated by-key read builds no query at all.
const templates = new WeakMap<Query, Map<string, Query>>();

/** {@link keyScopedQuery} for the stand-in; shared (and remembered) when `query` is. */
export function keyTemplate(query: Query, primary: string, standIn: PrimaryKey, scope: KeyScope): Query {
  if (!isSharedQuery(query)) return keyScopedQuery(query, primary, standIn, scope);
  let byScope = templates.get(query);
  if (!byScope) {
    byScope = new Map();
    templates.set(query, byScope);
  }
  const key = `${scope}\u0000${primary}\u0000${typeof standIn}:${standIn}`;
  let template = byScope.get(key);
  if (!template) {
    template = shareQuery(keyScopedQuery(query, primary, standIn, scope));
    byScope.set(key, template);
  }
  return template;
}
