import type { CallerPermissions } from '../caller-permissions.js';
import type { PermissionAction, PermissionRule } from '../permission-rule.js';
import { deepFreeze } from './deep-freeze.js';

const NONE: readonly PermissionRule[] = Object.freeze([]);

/** What an admin gets: no rules, because none are consulted. */
export const adminPermissions: CallerPermissions = Object.freeze({
  admin: true,
  rules: () => NONE,
  all: () => NONE,
  fingerprint: 'admin',
});

/** A non-admin caller's permissions over resolved rules (frozen here), indexed by collection and action. */
export function createCallerPermissions(
  rules: readonly PermissionRule[],
  fingerprint: string,
): CallerPermissions {
  const index = new Map<string, Map<PermissionAction, PermissionRule[]>>();
  for (const rule of deepFreeze(rules)) {
    const actions = index.get(rule.collection) ?? new Map<PermissionAction, PermissionRule[]>();
    index.set(rule.collection, actions);
    actions.set(rule.action, [...(actions.get(rule.action) ?? []), rule]);
  }
  const all = Object.freeze([...rules]);
  return Object.freeze({
    admin: false,
    rules: (collection: string, action: PermissionAction) => index.get(collection)?.get(action) ?? NONE,
    all: () => all,
    fingerprint,
  });
}
