import type { FieldInfo } from '../lib/schema-types.js';

/** The `directus_collections` meta keys the settings form edits, as `GET /collections/:name` answers them. */
export interface CollectionSettingsMeta {
  note?: string | null;
  icon?: string | null;
  display_template?: string | null;
  hidden?: boolean;
  singleton?: boolean;
  sort_field?: string | null;
  archive_field?: string | null;
  archive_value?: string | null;
  unarchive_value?: string | null;
  accountability?: 'all' | 'activity' | null;
}

/** What the settings form edits: text (empty for none) and flags. */
export interface CollectionSettingsDraft {
  note: string;
  icon: string;
  displayTemplate: string;
  hidden: boolean;
  singleton: boolean;
  sortField: string;
  archiveField: string;
  archiveValue: string;
  unarchiveValue: string;
  /** `all` (activity and revisions), `activity`, or empty for no history. */
  accountability: '' | 'all' | 'activity';
}

const TEXT_KEYS = [
  ['note', 'note'],
  ['icon', 'icon'],
  ['displayTemplate', 'display_template'],
  ['sortField', 'sort_field'],
  ['archiveField', 'archive_field'],
  ['archiveValue', 'archive_value'],
  ['unarchiveValue', 'unarchive_value'],
] as const;

const SORTABLE_TYPES = new Set(['integer', 'bigInteger']);

/** The form's starting point for a collection's `meta` (null for a table without a meta row). */
export function toCollectionSettingsDraft(meta: CollectionSettingsMeta | null): CollectionSettingsDraft {
  // A collection without a meta row keeps everything: Directus's default accountability is `all`.
  const accountability = meta && 'accountability' in meta ? meta.accountability : 'all';
  return {
    note: meta?.note ?? '',
    icon: meta?.icon ?? '',
    displayTemplate: meta?.display_template ?? '',
    hidden: meta?.hidden === true,
    singleton: meta?.singleton === true,
    sortField: meta?.sort_field ?? '',
    archiveField: meta?.archive_field ?? '',
    archiveValue: meta?.archive_value ?? '',
    unarchiveValue: meta?.unarchive_value ?? '',
    accountability: accountability ?? '',
  };
}

/**
 * The `meta` of `PATCH /collections/:name` that turns `meta` into `draft`: only the keys that
 * changed, empty text as `null`. `null` when nothing changed.
 */
export function toCollectionMetaPatch(
  meta: CollectionSettingsMeta | null,
  draft: CollectionSettingsDraft,
): Record<string, unknown> | null {
  const before = toCollectionSettingsDraft(meta);
  const patch: Record<string, unknown> = {};
  for (const [key, wire] of TEXT_KEYS) {
    if (draft[key] !== before[key]) patch[wire] = draft[key].trim() === '' ? null : draft[key];
  }
  for (const flag of ['hidden', 'singleton'] as const) {
    if (draft[flag] !== before[flag]) patch[flag] = draft[flag];
  }
  if (draft.accountability !== before.accountability) patch['accountability'] = draft.accountability || null;
  return Object.keys(patch).length > 0 ? patch : null;
}

/** The fields that can hold a manual order: integer columns other than the primary key. */
export function toSortFieldOptions(fields: readonly FieldInfo[]): string[] {
  return fields
    .filter((field) => field.schema && !field.schema.is_primary_key && SORTABLE_TYPES.has(field.type))
    .map((field) => field.field);
}

/** The fields that can mark an item archived: any column other than the primary key. */
export function toArchiveFieldOptions(fields: readonly FieldInfo[]): string[] {
  return fields.filter((field) => field.schema && !field.schema.is_primary_key).map((field) => field.field);
}
