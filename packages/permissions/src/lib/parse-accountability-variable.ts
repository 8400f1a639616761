import { type AccountabilityVariable, parseDynamicVariable } from '@plinth/query';

/**
 * The `$CURRENT_*` variable a string names, or null for anything else: literals, `$NOW` (resolved later by
 * the query validator) and malformed variables (left as text, so the validator refuses them).
 */
export function parseAccountabilityVariable(text: string): AccountabilityVariable | null {
  if (!text.startsWith('$CURRENT_')) return null;
  try {
    const variable = parseDynamicVariable(text);
    return variable === null || variable.kind === 'now' ? null : variable;
  } catch {
    return null;
  }
}
