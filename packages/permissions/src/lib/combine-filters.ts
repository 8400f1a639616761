import type { Filter } from '@plinth/types';

/** The filters OR-ed: the filter itself when there is one, `{ _or: [...] }` otherwise. */
export function anyOf(filters: readonly Filter[]): Filter {
  return filters.length === 1 ? filters[0]! : { _or: [...filters] };
}

/** The filters AND-ed: the filter itself when there is one, `{ _and: [...] }` otherwise. */
export function allOf(filters: readonly Filter[]): Filter {
  return filters.length === 1 ? filters[0]! : { _and: [...filters] };
}

/**
 * The OR of the rules' item filters, or null when some rule has none: one rule that covers every item makes
 * the others irrelevant.
 */
export function itemFilterOf(rules: ReadonlyArray<{ permissions: Filter | null }>): Filter | null {
  const filters: Filter[] = [];
  for (const rule of rules) {
    if (rule.permissions === null) return null;
    filters.push(rule.permissions);
  }
  return filters.length === 0 ? null : anyOf(filters);
}
