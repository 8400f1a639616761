import type { AccountabilityVariable, DynamicVariable } from './dynamic-variable.js';
import { invalidQuery } from './lib/invalid-query.js';
import { parseNowAdjustment } from './lib/parse-now-adjustment.js';

// Longest first, so `$CURRENT_ROLES` is not read as `$CURRENT_ROLE` followed by junk.
const ACCOUNTABILITY_VARIABLES: [string, AccountabilityVariable['kind']][] = [
  ['$CURRENT_POLICIES', 'current-policies'],
  ['$CURRENT_ROLES', 'current-roles'],
  ['$CURRENT_ROLE', 'current-role'],
  ['$CURRENT_USER', 'current-user'],
];

/**
 * Recognises a dynamic variable in a filter value: `$NOW`, `$NOW(-1 year)`, `$CURRENT_USER[.path]`,
 * `$CURRENT_ROLE[.path]`, `$CURRENT_ROLES[.path]`, `$CURRENT_POLICIES[.path]`. Returns `null` for any other
 * string (it is then a literal). A value that starts like a variable but is malformed (`$NOW(soon)`,
 * `$CURRENT_USER.`) throws INVALID_QUERY rather than silently comparing against the literal text.
 */
export function parseDynamicVariable(value: string): DynamicVariable | null {
  if (value === '$NOW') return { kind: 'now', adjustment: null };
  if (value.startsWith('$NOW(')) {
    if (!value.endsWith(')')) throw invalidQuery(`Invalid dynamic variable "${value}"`);
    return { kind: 'now', adjustment: parseNowAdjustment(value.slice(5, -1)) };
  }

  for (const [name, kind] of ACCOUNTABILITY_VARIABLES) {
    if (value === name) return { kind, path: [] };
    if (!value.startsWith(`${name}.`)) continue;

    const path = value.slice(name.length + 1).split('.');
    if (path.some((segment) => segment.trim() === '' || segment !== segment.trim())) {
      throw invalidQuery(`Invalid dynamic variable "${value}"`);
    }
    return { kind, path };
  }
  return null;
}
