import { type Filter, isFilterOperatorKey } from '@plinth/types';
import { parseFieldReference } from '../parse-field-reference.js';
import { invalidQuery } from './invalid-query.js';
import { isPlainRecord } from './is-plain-record.js';
import { parseOperatorValue } from './parse-operator-value.js';
import { toArray } from './to-array.js';

/** Where a filter object sits: at a filter root (keys are fields), or under a field (operators allowed). */
export interface FilterNodeContext {
  underField: boolean;
  /** Object nesting so far; bounded so hostile input cannot exhaust the stack. */
  nesting: number;
  maxJsonQueryDepth: number;
}

const MAX_NESTING = 100;

/**
 * Parses one filter object into the canonical form: every object has one key, several keys become an `_and`
 * of one-key objects, and a bare value under a field becomes `_eq`.
 */
export function parseFilterNode(node: Record<string, unknown>, context: FilterNodeContext): Filter {
  if (context.nesting > MAX_NESTING) throw invalidQuery('The filter is nested too deeply');

  const parts = Object.entries(node).map(([key, value]) => parseEntry(key, value, context));
  if (parts.length === 0) return {};
  if (parts.length === 1) return parts[0] as Filter;
  return { _and: parts };
}

function parseEntry(key: string, value: unknown, context: FilterNodeContext): Filter {
  const nested = { ...context, nesting: context.nesting + 1 };

  if (key === '_and' || key === '_or') {
    const items = toArray(value);
    if (items === undefined) throw invalidQuery(`"${key}" has to be an array of filters`);
    const branches = items.map((item) => {
      if (!isPlainRecord(item)) throw invalidQuery(`"${key}" has to be an array of filters`);
      return parseFilterNode(item, nested);
    });
    return key === '_and' ? { _and: branches } : { _or: branches };
  }

  if (key === '_some' || key === '_none') {
    if (!context.underField) throw invalidQuery(`"${key}" has to be used on a relational field`);
    if (!isPlainRecord(value)) throw invalidQuery(`"${key}" has to be a filter object`);
    return { [key]: parseFilterNode(value, { ...nested, underField: false }) };
  }

  if (key.startsWith('_')) {
    if (!isFilterOperatorKey(key)) throw invalidQuery(`"${key}" is not a valid filter operator`);
    if (!context.underField) throw invalidQuery(`"${key}" has to be used on a field`);
    // An operator object, which the shared `Filter` type models only as the value of a field key.
    return { [key]: parseOperatorValue(key, value) } as Filter;
  }

  parseFieldReference(key, { allowWildcards: false, maxJsonQueryDepth: context.maxJsonQueryDepth });
  if (isPlainRecord(value)) return { [key]: parseFilterNode(value, { ...nested, underField: true }) };
  return { [key]: { _eq: parseOperatorValue('_eq', value) } } as Filter;
}
