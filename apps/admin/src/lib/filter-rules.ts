/** One row of the filter builder: field, operator and value. */
export interface FilterRule {
  field: string;
  operator: FilterOperator;
  value: string;
}

/** The operators the builder offers, with the words it shows for them. */
export const FILTER_OPERATORS = {
  _eq: 'equals',
  _neq: "doesn't equal",
  _contains: 'contains',
  _ncontains: "doesn't contain",
  _starts_with: 'starts with',
  _gt: 'greater than',
  _gte: 'greater than or equal',
  _lt: 'less than',
  _lte: 'less than or equal',
  _null: 'is empty',
  _nnull: 'is not empty',
} as const;

/** An operator the builder offers. */
export type FilterOperator = keyof typeof FILTER_OPERATORS;

const WITHOUT_VALUE = new Set<FilterOperator>(['_null', '_nnull']);

/** Whether an operator takes no value (`_null`, `_nnull`). */
export function takesNoValue(operator: FilterOperator): boolean {
  return WITHOUT_VALUE.has(operator);
}

/**
 * The API filter for the builder's rows, AND-ed. Rows without a field, or with an empty value for
 * an operator that needs one (the API refuses empty comparison values), are left out.
 */
export function toFilter(rules: readonly FilterRule[]): Record<string, unknown> | null {
  const parts = rules.flatMap<Record<string, unknown>>((rule) => {
    if (!rule.field) return [];
    if (takesNoValue(rule.operator)) return [{ [rule.field]: { [rule.operator]: true } }];
    if (rule.value === '') return [];
    return [{ [rule.field]: { [rule.operator]: rule.value } }];
  });
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : { _and: parts };
}
