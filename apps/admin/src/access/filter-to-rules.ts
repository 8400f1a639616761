import { FILTER_OPERATORS, type FilterOperator, type FilterRule } from '../lib/filter-rules.js';

/**
 * The builder rows for a row filter, when it is an AND of `{field: {operator: value}}` the builder
 * can show (the inverse of `toFilter`); `null` for anything else (OR, relational paths, objects as
 * values), which the editor then shows as JSON.
 */
export function toFilterRules(filter: Record<string, unknown> | null): FilterRule[] | null {
  if (filter === null || Object.keys(filter).length === 0) return [];
  const parts = Object.keys(filter).length === 1 && Array.isArray(filter['_and']) ? filter['_and'] : [filter];
  const rules: FilterRule[] = [];
  for (const part of parts as unknown[]) {
    const rule = toRule(part);
    if (!rule) return null;
    rules.push(rule);
  }
  return rules;
}

function toRule(part: unknown): FilterRule | null {
  if (typeof part !== 'object' || part === null) return null;
  const entries = Object.entries(part);
  if (entries.length !== 1) return null;
  const [field, condition] = entries[0]!;
  if (field.startsWith('_') || typeof condition !== 'object' || condition === null) return null;
  const conditions = Object.entries(condition);
  if (conditions.length !== 1) return null;
  const [operator, value] = conditions[0]!;
  if (!(operator in FILTER_OPERATORS)) return null;
  if (operator === '_null' || operator === '_nnull') {
    return value === true ? { field, operator: operator as FilterOperator, value: '' } : null;
  }
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  return { field, operator: operator as FilterOperator, value: String(value) };
}
