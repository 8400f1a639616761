import type { Filter } from './filter.js';

/** What a permission row allows. */
export type PermissionAction = 'create' | 'read' | 'update' | 'delete' | 'share';

/** One `directus_permissions` row: what a policy may do on a collection. */
export interface Permission {
  /** `null` for the built-in rows granted with app access (which also carry `system: true`). */
  id: number | null;
  policy: string | null;
  collection: string;
  action: PermissionAction;
  /** Row filter; `null` or `{}` means every row. */
  permissions: Filter | null;
  /** Rule every written payload must satisfy. */
  validation: Filter | null;
  /** Default values merged under the payload on create/update. */
  presets: Record<string, unknown> | null;
  /** Readable/writable fields; `['*']` means all. */
  fields: string[] | null;
  /** Built-in minimal permission rather than a stored row. */
  system?: boolean;
}
