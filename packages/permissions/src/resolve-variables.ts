import type { AccountabilityVariable } from '@plinth/query';
import { parseAccountabilityVariable } from './lib/parse-accountability-variable.js';
import type { VariableRecord, VariableValues } from './variable-values.js';

function read(record: VariableRecord | null, path: readonly string[]): unknown {
  if (record === null) return null;
  return record[path.length === 0 ? 'id' : path.join('.')] ?? null;
}

function variableValue(variable: AccountabilityVariable, values: VariableValues): unknown {
  switch (variable.kind) {
    case 'current-user':
      return read(values.user, variable.path);
    case 'current-role':
      return read(values.role, variable.path);
    case 'current-roles':
      return values.roles.map((record) => read(record, variable.path));
    case 'current-policies':
      return values.policies.map((record) => read(record, variable.path));
  }
}

/**
 * Replaces every `$CURRENT_USER`, `$CURRENT_ROLE`, `$CURRENT_ROLES` and `$CURRENT_POLICIES` string (with or
 * without a path) inside a filter, validation rule or presets object by the caller's value. Object keys,
 * other strings and `$NOW` are left as they are. Returns a new value; the input is not changed.
 *
 * @example
 * resolveVariables({ owner: { _eq: '$CURRENT_USER' } }, toVariableValues(accountability));
 * // { owner: { _eq: '3f0c…' } }
 */
export function resolveVariables<T>(value: T, values: VariableValues): T {
  return resolve(value, values) as T;
}

function resolve(value: unknown, values: VariableValues): unknown {
  if (typeof value === 'string') {
    const variable = parseAccountabilityVariable(value);
    return variable === null ? value : variableValue(variable, values);
  }
  if (Array.isArray(value)) return value.map((entry) => resolve(entry, values));
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const result: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) result[key] = resolve(entry, values);
    return result;
  }
  return value;
}
