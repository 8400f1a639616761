/**
 * Every field operator of the filter grammar, without its leading underscore (the spelling used by
 * `FAILED_VALIDATION`'s `type`). Includes the operators Directus 11 defines but refuses in queries
 * (`ieq`, `nieq`, `nicontains`) and the validation-only ones (`regex`, `submitted`); whether a given
 * operator is allowed for a field type is the query package's decision.
 */
export const filterOperators = [
  'eq',
  'neq',
  'ieq',
  'nieq',
  'lt',
  'lte',
  'gt',
  'gte',
  'in',
  'nin',
  'between',
  'nbetween',
  'null',
  'nnull',
  'empty',
  'nempty',
  'contains',
  'ncontains',
  'icontains',
  'nicontains',
  'starts_with',
  'nstarts_with',
  'istarts_with',
  'nistarts_with',
  'ends_with',
  'nends_with',
  'iends_with',
  'niends_with',
  'intersects',
  'nintersects',
  'intersects_bbox',
  'nintersects_bbox',
  'regex',
  'submitted',
] as const;

/** A field operator name without the underscore, e.g. `eq`, `starts_with`. */
export type FilterOperator = (typeof filterOperators)[number];

/** A field operator as written in a filter, e.g. `_eq`. */
export type FilterOperatorKey = `_${FilterOperator}`;

/** Quantifiers over the rows of an o2m/m2m field. */
export type RelationalFilterOperator = 'some' | 'none';

/** Logical combinators. */
export type LogicalFilterOperator = 'and' | 'or';

/** Narrows a string to a {@link FilterOperator} (no underscore). */
export function isFilterOperator(value: unknown): value is FilterOperator {
  return typeof value === 'string' && (filterOperators as readonly string[]).includes(value);
}
