import type { Filter } from '@plinth/types';
import { isPlainRecord } from './is-plain-record.js';

/**
 * Moves `_and`/`_or` found directly under a field up above it, as the wire protocol specifies:
 * `{ a: { _or: [x, y] } }` becomes `{ _or: [{ a: x }, { a: y }] }`. Applied at every level of a parsed
 * (one-key-per-object) filter, and inside `_some`/`_none`, whose contents are filters of their own.
 */
export function hoistLogicalOperators(filter: Filter): Filter {
  const [entry] = Object.entries(filter) as [string, unknown][];
  if (entry === undefined) return filter;
  const [key, value] = entry;

  if (key === '_and' || key === '_or') return logical(key, (value as Filter[]).map(hoistLogicalOperators));
  if (key === '_some' || key === '_none') return { [key]: hoistLogicalOperators(value as Filter) } as Filter;
  if (key.startsWith('_') || !isPlainRecord(value)) return filter;

  const [childEntry] = Object.entries(value);
  if (childEntry !== undefined && (childEntry[0] === '_and' || childEntry[0] === '_or')) {
    const branches = (childEntry[1] as Filter[]).map((branch) => ({ [key]: hoistLogicalOperators(branch) }));
    return logical(childEntry[0], branches as Filter[]);
  }
  return { [key]: hoistLogicalOperators(value as Filter) } as Filter;
}

function logical(key: '_and' | '_or', branches: Filter[]): Filter {
  return key === '_and' ? { _and: branches } : { _or: branches };
}
