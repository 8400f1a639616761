import type { Filter } from '@plinth/types';
import { allOf, itemFilterOf } from './lib/combine-filters.js';
import type { PermissionRule } from './permission-rule.js';

/** What a caller may write in one collection with one action, all their rules merged. */
export interface WritePolicy {
  /** The fields a payload may set: the union of the rules' fields, `'*'` when some rule grants all. */
  fields: ReadonlySet<string> | '*';
  /** What the payload (presets applied) must satisfy: the AND of the rules' validations; null when none. */
  validation: Filter | null;
  /** Default values, merged in rule order (a later rule wins); the payload overrides them. */
  presets: Record<string, unknown>;
  /**
   * The items an update or delete may touch: the OR of the rules' item filters; null when some rule
   * covers every item.
   */
  itemFilter: Filter | null;
}

/**
 * Merges a caller's rules for one collection and write action (create, update, delete, share) as reference
 * §7.3 says. Null when there are no rules: the action is forbidden.
 */
export function toWritePolicy(
  rules: ReadonlyArray<Pick<PermissionRule, 'permissions' | 'validation' | 'presets' | 'fields'>>,
): WritePolicy | null {
  if (rules.length === 0) return null;
  const fields = rules.some((rule) => rule.fields.includes('*'))
    ? '*'
    : new Set(rules.flatMap((rule) => rule.fields));
  const validations = rules.flatMap((rule) => (rule.validation === null ? [] : [rule.validation]));
  const presets: Record<string, unknown> = {};
  for (const rule of rules) Object.assign(presets, rule.presets);
  return {
    fields,
    validation: validations.length === 0 ? null : allOf(validations),
    presets,
    itemFilter: itemFilterOf(rules),
  };
}
