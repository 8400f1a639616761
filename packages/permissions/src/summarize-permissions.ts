import type { CallerPermissions } from './caller-permissions.js';
import { type PermissionAction, permissionActions } from './permission-rule.js';

/** How much of a collection one action reaches: nothing, the items some filter matches, or everything. */
export type ActionAccess = 'none' | 'partial' | 'full';

/** One action's entry in `/permissions/me`. */
export interface ActionSummary {
  access: ActionAccess;
  /** The union of the rules' fields; `['*']` when some rule grants all. Absent when no rule names any. */
  fields?: string[];
  /** The rules' presets merged in order, a later rule winning. Absent when no rule has presets. */
  presets?: Record<string, unknown>;
}

/** The `/permissions/me` answer: collection → action → summary. */
export type PermissionsSummary = Record<string, Record<PermissionAction, ActionSummary>>;

function emptyCollection(): Record<PermissionAction, ActionSummary> {
  return Object.fromEntries(permissionActions.map((action) => [action, { access: 'none' }])) as Record<
    PermissionAction,
    ActionSummary
  >;
}

/**
 * The `/permissions/me` map (reference §2.4). Admins get every listed collection with `full` access and
 * `['*']` for every action. Anyone else gets the collections their rules name (built-in ones included),
 * every action present: `none` without a rule, `partial` when some rule has an item filter, else `full`.
 * As in Directus, one filtered rule makes the action `partial` even beside an unfiltered one.
 *
 * @param collections The collections an admin's map lists, e.g. every key of the schema overview.
 */
export function summarizePermissions(
  permissions: Pick<CallerPermissions, 'admin' | 'all'>,
  collections: readonly string[],
): PermissionsSummary {
  const summary: PermissionsSummary = {};
  if (permissions.admin) {
    for (const collection of collections) {
      summary[collection] = Object.fromEntries(
        permissionActions.map((action) => [action, { access: 'full', fields: ['*'] }]),
      ) as Record<PermissionAction, ActionSummary>;
    }
    return summary;
  }
  for (const rule of permissions.all()) {
    summary[rule.collection] ??= emptyCollection();
    const entry = summary[rule.collection]![rule.action];
    if (entry.access === 'none') entry.access = 'full';
    if (rule.permissions !== null) entry.access = 'partial';
    if (rule.fields.length > 0 && entry.fields?.[0] !== '*') {
      const fields = [...new Set([...(entry.fields ?? []), ...rule.fields])];
      entry.fields = fields.includes('*') ? ['*'] : fields;
    }
    if (rule.presets !== null) entry.presets = { ...entry.presets, ...rule.presets };
  }
  return summary;
}
