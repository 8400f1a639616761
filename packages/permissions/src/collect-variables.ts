import { parseAccountabilityVariable } from './lib/parse-accountability-variable.js';

/**
 * Every distinct `$CURRENT_*` variable (with its path) used anywhere in a value, in the order first met:
 * what `fetchVariableValues` needs to read and what a permissions fingerprint depends on.
 */
export function collectVariables(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') {
    if (parseAccountabilityVariable(value) !== null) into.add(value);
  } else if (Array.isArray(value)) {
    for (const entry of value) collectVariables(entry, into);
  } else if (value !== null && typeof value === 'object') {
    for (const entry of Object.values(value)) collectVariables(entry, into);
  }
  return into;
}
