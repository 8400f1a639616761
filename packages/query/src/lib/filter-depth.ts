import { parseFieldReference } from '../parse-field-reference.js';
import { isPlainRecord } from './is-plain-record.js';

/**
 * The relational depth of a filter: field keys count (a key such as `author.name` counts its segments),
 * operators and `_and`/`_or` do not, `_some`/`_none` pass through. `{ author: { name: { _eq } } }` is 2.
 */
export function filterDepth(filter: unknown): number {
  if (!isPlainRecord(filter)) return 0;

  let depth = 0;
  for (const [key, value] of Object.entries(filter)) {
    if (key === '_and' || key === '_or') {
      for (const branch of Array.isArray(value) ? value : []) depth = Math.max(depth, filterDepth(branch));
    } else if (key === '_some' || key === '_none') {
      depth = Math.max(depth, filterDepth(value));
    } else if (!key.startsWith('_')) {
      depth = Math.max(depth, pathDepth(key) + filterDepth(value));
    }
  }
  return depth;
}

/** The number of fields a reference walks: `author.name` is 2, `count(comments)` 1, `-date` 1. */
export function pathDepth(text: string): number {
  return parseFieldReference(text.startsWith('-') ? text.slice(1) : text).path.length;
}
