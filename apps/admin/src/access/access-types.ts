/** A user as the users screen reads it. */
export interface UserRow {
  id: string;
  email: string | null;
  first_name: string | null;
  last_name: string | null;
  status: string;
  role: string | null;
}

/** A role with the policies attached to it (its `directus_access` rows). */
export interface RoleRow {
  id: string;
  name: string;
  parent: string | null;
  policies: Array<{ id: string; policy: string }>;
}

/** A policy's flags. */
export interface PolicyRow {
  id: string;
  name: string;
  admin_access: boolean;
  app_access: boolean;
  enforce_tfa: boolean;
  /** A list, or (as some clients write it) text separated by commas. */
  ip_access: string[] | string | null;
}

/** A policy's IP ranges as a list, whichever way they were stored. */
export function toIpRanges(value: PolicyRow['ip_access']): string[] {
  const list = typeof value === 'string' ? value.split(',') : (value ?? []);
  return list.map((entry) => entry.trim()).filter(Boolean);
}

/** The actions a permission rule is for. */
export const PERMISSION_ACTIONS = ['create', 'read', 'update', 'delete', 'share'] as const;

/** One of {@link PERMISSION_ACTIONS}. */
export type PermissionAction = (typeof PERMISSION_ACTIONS)[number];

/** One `directus_permissions` row of a policy. */
export interface PermissionRow {
  id: number;
  policy: string;
  collection: string;
  action: PermissionAction;
  permissions: Record<string, unknown> | null;
  validation: Record<string, unknown> | null;
  presets: Record<string, unknown> | null;
  fields: string[] | null;
}
