import { parseFieldReference } from '../parse-field-reference.js';
import { parseStringList } from './parse-string-list.js';
import type { SanitizeContext } from './sanitize-context.js';

/** Options of {@link parseFieldList}. */
export interface FieldListOptions {
  /** Whether `*` segments are allowed (`fields`, aggregate `count`). */
  allowWildcards: boolean;
  /** Whether items may start with `-` (descending `sort`). */
  allowDescending?: boolean;
}

/**
 * Reads a list of field references (`fields`, `sort`, `groupBy`, `_sort`, `_group`, aggregate field lists) in
 * either encoding and checks that each one is well formed.
 */
export function parseFieldList(
  raw: unknown,
  name: string,
  context: SanitizeContext,
  options: FieldListOptions,
): string[] | null {
  const list = parseStringList(raw, name);
  for (const item of list ?? []) {
    const reference = options.allowDescending && item.startsWith('-') ? item.slice(1) : item;
    parseFieldReference(reference, {
      allowWildcards: options.allowWildcards,
      maxJsonQueryDepth: context.maxJsonQueryDepth,
    });
  }
  return list;
}
