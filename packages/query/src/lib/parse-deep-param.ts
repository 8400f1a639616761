import { parseFilter } from '../parse-filter.js';
import { invalidQuery } from './invalid-query.js';
import { parseAggregate } from './parse-aggregate.js';
import { parseAlias } from './parse-alias.js';
import { parseFieldList } from './parse-field-list.js';
import { parseInteger } from './parse-integer.js';
import { parseLimit } from './parse-limit.js';
import { parseSearch } from './parse-search.js';
import type { SanitizeContext } from './sanitize-context.js';

/**
 * Sanitizes one underscore parameter of a `deep` level like its top-level twin. `_fields` is accepted and
 * dropped (nested fields come only from the top-level `fields`); unknown parameters are refused so a typo
 * such as `_limt` does not silently fall back to the default.
 */
export function parseDeepParam(name: string, raw: unknown, context: SanitizeContext): unknown {
  switch (name) {
    case '_fields':
      return undefined;
    case '_filter':
      return raw === undefined || raw === null || raw === ''
        ? null
        : parseFilter(raw, { maxJsonQueryDepth: context.maxJsonQueryDepth });
    case '_sort':
      return parseFieldList(raw, name, context, { allowWildcards: false, allowDescending: true });
    case '_group':
      return parseFieldList(raw, name, context, { allowWildcards: false });
    case '_limit':
      return parseLimit(raw, name, context.maxLimit);
    case '_offset':
    case '_page':
      return parseInteger(raw, name, 0);
    case '_search':
      return parseSearch(raw, name);
    case '_aggregate':
      return parseAggregate(raw, name, context);
    case '_alias':
      return parseAlias(raw, name, context);
    default:
      throw invalidQuery(`"${name}" is not a valid deep parameter`);
  }
}
