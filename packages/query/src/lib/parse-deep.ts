import type { DeepQuery, DeepQueryNode } from '@plinth/types';
import { parseFieldReference } from '../parse-field-reference.js';
import { invalidQuery } from './invalid-query.js';
import { isPlainRecord } from './is-plain-record.js';
import { parseDeepParam } from './parse-deep-param.js';
import { parseJsonParam } from './parse-json-param.js';
import type { SanitizeContext } from './sanitize-context.js';

const MAX_NESTING = 100;

/**
 * Reads `deep`: relational field (or alias, or `field:collection`) to a sub-query whose underscore parameters
 * are sanitized like their top-level twins, and whose other keys nest further. Nesting past
 * `maxRelationalDepth` fails early, which also keeps hostile JSON from exhausting the stack.
 */
export function parseDeep(raw: unknown, context: SanitizeContext): DeepQuery | null {
  const object = parseJsonParam(raw, 'deep');
  if (object === undefined) return null;

  const deep = parseRelations(object, 1, context);
  return Object.keys(deep).length > 0 ? (deep as DeepQuery) : null;
}

function parseRelations(
  object: Record<string, unknown>,
  level: number,
  context: SanitizeContext,
): Record<string, DeepQueryNode> {
  const entries = Object.entries(object).map(([key, value]): [string, DeepQueryNode] => {
    if (key.startsWith('_'))
      throw invalidQuery(`"${key}" in "deep" has to be nested under a relational field`);
    return [key, parseLevel(key, value, level, context)];
  });
  return Object.fromEntries(entries);
}

function parseLevel(key: string, value: unknown, level: number, context: SanitizeContext): DeepQueryNode {
  if (level > Math.max(2, context.maxRelationalDepth)) throw invalidQuery('Max relational depth exceeded');
  // A hard stop for when no depth limit is configured, so hostile JSON cannot exhaust the stack.
  if (level > MAX_NESTING) throw invalidQuery('The deep query is nested too deeply');
  const reference = parseFieldReference(key, { allowWildcards: false });
  if (reference.path.length !== 1 || reference.fn !== undefined) {
    throw invalidQuery(`"deep" keys must be relational field names, not "${key}"`);
  }
  if (!isPlainRecord(value)) throw invalidQuery(`"deep" value for "${key}" must be an object`);

  const params: [string, unknown][] = [];
  const relations: Record<string, unknown> = {};
  for (const [name, nested] of Object.entries(value)) {
    if (name.startsWith('_')) params.push([name, parseDeepParam(name, nested, context)]);
    else Object.defineProperty(relations, name, { value: nested, enumerable: true });
  }

  const node = Object.fromEntries(params.filter(([, parsed]) => parsed !== null && parsed !== undefined));
  return { ...node, ...parseRelations(relations, level + 1, context) } as DeepQueryNode;
}
