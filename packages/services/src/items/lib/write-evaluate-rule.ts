import type { FailedValidationErrorExtensions, FailedValidationType, ValidationValue } from '@plinth/errors';
import type { Filter } from '@plinth/types';

/** One failed comparison of a validation rule. */
export type RuleFailure = Omit<FailedValidationErrorExtensions, 'path'>;

type Check = (value: unknown, expected: unknown, present: boolean) => boolean;

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';
const asList = (expected: unknown): unknown[] =>
  Array.isArray(expected) ? expected : typeof expected === 'string' ? expected.split(',') : [expected];
const asBoolean = (expected: unknown) => expected === true || expected === 'true';
const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));
const compare = (value: unknown, expected: unknown): number => {
  const left = Number(value);
  const right = Number(expected);
  if (!Number.isNaN(left) && !Number.isNaN(right)) return left - right;
  return text(value) < text(expected) ? -1 : text(value) > text(expected) ? 1 : 0;
};
const same = (value: unknown, expected: unknown) =>
  value === expected || (value != null && String(value) === String(expected));
const between = (value: unknown, expected: unknown) => {
  const [low, high] = asList(expected);
  return value != null && compare(value, low) >= 0 && compare(value, high) <= 0;
};

function toRegExp(pattern: unknown): RegExp {
  const source = String(pattern);
  const wrapped = /^\/(.*)\/([a-z]*)$/s.exec(source);
  return wrapped ? new RegExp(wrapped[1]!, wrapped[2]) : new RegExp(source);
}

// Each check answers whether the value PASSES the operator.
const checks: Record<string, Check> = {
  _eq: (v, e) => (e === null ? v === null || v === undefined : same(v, e)),
  _neq: (v, e) => (e === null ? v !== null && v !== undefined : !same(v, e)),
  _lt: (v, e) => v != null && compare(v, e) < 0,
  _lte: (v, e) => v != null && compare(v, e) <= 0,
  _gt: (v, e) => v != null && compare(v, e) > 0,
  _gte: (v, e) => v != null && compare(v, e) >= 0,
  _in: (v, e) => asList(e).some((entry) => same(v, entry)),
  _nin: (v, e) => !asList(e).some((entry) => same(v, entry)),
  _between: between,
  _nbetween: (v, e) => !between(v, e),
  _null: (v, e) => (v === null || v === undefined) === asBoolean(e),
  _nnull: (v, e) => (v !== null && v !== undefined) === asBoolean(e),
  _empty: (v, e) => isEmpty(v) === asBoolean(e),
  _nempty: (v, e) => !isEmpty(v) === asBoolean(e),
  _contains: (v, e) => text(v).includes(text(e)),
  _ncontains: (v, e) => !text(v).includes(text(e)),
  _icontains: (v, e) => text(v).toLowerCase().includes(text(e).toLowerCase()),
  _nicontains: (v, e) => !text(v).toLowerCase().includes(text(e).toLowerCase()),
  _starts_with: (v, e) => text(v).startsWith(text(e)),
  _nstarts_with: (v, e) => !text(v).startsWith(text(e)),
  _istarts_with: (v, e) => text(v).toLowerCase().startsWith(text(e).toLowerCase()),
  _nistarts_with: (v, e) => !text(v).toLowerCase().startsWith(text(e).toLowerCase()),
  _ends_with: (v, e) => text(v).endsWith(text(e)),
  _nends_with: (v, e) => !text(v).endsWith(text(e)),
  _iends_with: (v, e) => text(v).toLowerCase().endsWith(text(e).toLowerCase()),
  _niends_with: (v, e) => !text(v).toLowerCase().endsWith(text(e).toLowerCase()),
  _regex: (v, e) => v === null || v === undefined || toRegExp(e).test(text(v)),
  _submitted: (_v, e, present) => present === asBoolean(e),
};

const VALID_KEY = new Set(['_eq', '_lt', '_lte', '_gt', '_gte', '_in', '_between']);
const INVALID_KEY = new Set(['_neq', '_nin', '_nbetween']);

function toScalar(value: unknown): ValidationValue | ValidationValue[] {
  if (Array.isArray(value)) return value.map((entry) => toScalar(entry) as ValidationValue);
  return typeof value === 'object' || value === undefined ? String(value) : (value as ValidationValue);
}

function toFailure(field: string, operator: string, expected: unknown): RuleFailure {
  const type = operator.slice(1) as FailedValidationType;
  const failure: RuleFailure = { field, type };
  if (VALID_KEY.has(operator))
    failure.valid = toScalar(operator === '_in' || operator === '_between' ? asList(expected) : expected);
  else if (INVALID_KEY.has(operator))
    failure.invalid = toScalar(operator === '_neq' ? expected : asList(expected));
  else if (operator !== '_regex' && /contains|starts_with|ends_with/.test(operator))
    failure.substring = text(expected);
  return failure;
}

const PRESENCE = new Set(['_submitted', '_nnull']);

function evaluateField(field: string, rule: unknown, item: Record<string, unknown>): RuleFailure[] {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) {
    if (!Object.hasOwn(item, field)) return [];
    return checks._eq!(item[field], rule, true) ? [] : [toFailure(field, '_eq', rule)];
  }
  const failures: RuleFailure[] = [];
  for (const [operator, expected] of Object.entries(rule)) {
    const check = checks[operator];
    const present = Object.hasOwn(item, field);
    // Relational rules and operators without a meaning for one value are not checked on write; a value
    // that is not in the payload only fails the rules that demand it.
    if (!check || (!present && !PRESENCE.has(operator))) continue;
    if (!check(item[field], expected, present)) failures.push(toFailure(field, operator, expected));
  }
  return failures;
}

/**
 * Checks an item against a validation rule (a filter, as in `meta.validation` and permission validation)
 * and lists every comparison that failed: all of `_and`, and the failures of every branch of an `_or` of
 * which none passed.
 */
export function writeEvaluateRule(rule: Filter, item: Record<string, unknown>): RuleFailure[] {
  const failures: RuleFailure[] = [];
  for (const [key, value] of Object.entries(rule as Record<string, unknown>)) {
    if (key === '_and' && Array.isArray(value)) {
      for (const branch of value) failures.push(...writeEvaluateRule(branch as Filter, item));
    } else if (key === '_or' && Array.isArray(value)) {
      const branches = value.map((branch) => writeEvaluateRule(branch as Filter, item));
      if (!branches.some((branch) => branch.length === 0)) failures.push(...branches.flat());
    } else {
      failures.push(...evaluateField(key, value, item));
    }
  }
  return failures;
}
