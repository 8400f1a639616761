import type { Filter } from '@plinth/types';

/** What a `directus_permissions` row grants. */
export type PermissionAction = 'create' | 'read' | 'update' | 'delete' | 'share';

/** Every action, in the order `/permissions/me` lists them. */
export const permissionActions: readonly PermissionAction[] = ['create', 'read', 'update', 'delete', 'share'];

/**
 * One permission rule as a caller's request sees it: a `directus_permissions` row (or a built-in minimal
 * permission) with its dynamic variables already replaced by the caller's values.
 */
export interface PermissionRule {
  /** The row's id; null for a built-in minimal permission. */
  id: number | null;
  /** The policy the row belongs to; null for a built-in minimal permission. */
  policy: string | null;
  collection: string;
  action: PermissionAction;
  /** Which items the rule covers; null when it covers every item. */
  permissions: Filter | null;
  /** What a written payload must satisfy; null when anything goes. */
  validation: Filter | null;
  /** Values a created item gets unless the payload gives its own; null when none. */
  presets: Record<string, unknown> | null;
  /** The fields the rule grants; `['*']` grants every field. */
  fields: readonly string[];
  /** A built-in minimal permission of app users (§7.4), not a stored row. */
  system: boolean;
}
