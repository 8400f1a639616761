import type { ReadPolicy } from '@plinth/query';
import type { Filter } from '@plinth/types';
import { anyOf, itemFilterOf } from './lib/combine-filters.js';
import type { PermissionRule } from './permission-rule.js';

type ReadRule = Pick<PermissionRule, 'permissions' | 'fields'>;

const grantsAll = (rule: ReadRule) => rule.fields.includes('*');

/**
 * The fields whose visibility has to be worked out one by one: every field some rule names, plus the
 * collection's other fields when a `*` rule grants them but not every rule does.
 */
function candidateFields(rules: readonly ReadRule[], collectionFields: readonly string[] | undefined) {
  const named = new Set(rules.flatMap((rule) => rule.fields.filter((field) => field !== '*')));
  const wildcards = rules.filter(grantsAll);
  if (wildcards.length === 0 || wildcards.length === rules.length) return named;
  // Fields only `*` rules grant are visible wherever a row is, unless every `*` rule has a row filter.
  if (wildcards.some((rule) => rule.permissions === null)) return named;
  if (collectionFields === undefined) {
    throw new TypeError(
      'toReadPolicy needs the collection fields when a "*" rule with a row filter meets rules granting fewer fields',
    );
  }
  for (const field of collectionFields) named.add(field);
  return named;
}

/**
 * Merges a caller's read rules for one collection into the read policy the query compiler enforces
 * (reference §7.3): a row is visible when any rule's filter matches it; a field is visible on a row when a
 * rule granting that field matches the row. Null when there are no rules (the collection cannot be read).
 *
 * @param collectionFields Every field of the collection. Needed only when a `*` rule with a row filter is
 *   merged with rules granting fewer fields, to tell which fields the `*` alone grants; throws without it then.
 */
export function toReadPolicy(
  rules: readonly ReadRule[],
  collectionFields?: readonly string[],
): ReadPolicy | null {
  if (rules.length === 0) return null;
  const filter = itemFilterOf(rules);
  const policy: { filter?: Filter; fields: ReadonlySet<string> | '*'; fieldFilters?: Map<string, Filter> } = {
    fields: rules.some(grantsAll)
      ? '*'
      : new Set(rules.flatMap((rule) => rule.fields.filter((field) => field !== '*'))),
  };
  if (filter !== null) policy.filter = filter;
  if (filter === null && rules.every((rule) => rule.permissions === null)) return policy;

  const fieldFilters = new Map<string, Filter>();
  for (const field of candidateFields(rules, collectionFields)) {
    const granting = rules.filter((rule) => grantsAll(rule) || rule.fields.includes(field));
    if (granting.length === rules.length) continue;
    if (granting.some((rule) => rule.permissions === null)) continue;
    fieldFilters.set(field, anyOf(granting.map((rule) => rule.permissions as Filter)));
  }
  if (fieldFilters.size > 0) policy.fieldFilters = fieldFilters;
  return policy;
}
