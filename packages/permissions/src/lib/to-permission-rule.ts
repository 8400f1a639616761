import type { Filter } from '@plinth/types';
import { type PermissionAction, type PermissionRule, permissionActions } from '../permission-rule.js';

/** A `directus_permissions` row as the drivers return it: JSON columns as text or as objects. */
export interface PermissionRow {
  id: unknown;
  policy: unknown;
  collection: unknown;
  action: unknown;
  permissions: unknown;
  validation: unknown;
  presets: unknown;
  fields: unknown;
}

const UNREADABLE = Symbol('unreadable');

/** A JSON object column: null when empty (`{}`, null, ''), UNREADABLE when it is not an object. */
function toObject(value: unknown): Record<string, unknown> | null | typeof UNREADABLE {
  let parsed = value;
  if (typeof value === 'string') {
    if (value.trim() === '') return null;
    try {
      parsed = JSON.parse(value);
    } catch {
      return UNREADABLE;
    }
  }
  if (parsed === null || parsed === undefined) return null;
  if (typeof parsed !== 'object' || Array.isArray(parsed)) return UNREADABLE;
  return Object.keys(parsed).length === 0 ? null : (parsed as Record<string, unknown>);
}

/** The `fields` column: a CSV string, the JSON text of an array, or an array. */
function toFieldList(value: unknown): string[] | typeof UNREADABLE {
  if (value === null || value === undefined) return [];
  let list: unknown = value;
  if (typeof value === 'string') {
    const text = value.trim();
    if (!text.startsWith('[')) return text.split(',').flatMap((field) => field.trim() || []);
    try {
      list = JSON.parse(text);
    } catch {
      return UNREADABLE;
    }
  }
  if (!Array.isArray(list)) return UNREADABLE;
  return list.flatMap((field) => (typeof field === 'string' && field.trim() ? [field.trim()] : []));
}

function isAction(value: unknown): value is PermissionAction {
  return permissionActions.includes(value as PermissionAction);
}

/**
 * A stored permission row as a rule, variables still unresolved; null when the row cannot be read (unknown
 * action, or a column that is not the JSON it should be). Such a row is ignored rather than guessed at:
 * reading a broken row filter as "no filter" would open every row.
 */
export function toPermissionRule(row: PermissionRow): PermissionRule | null {
  const permissions = toObject(row.permissions);
  const validation = toObject(row.validation);
  const presets = toObject(row.presets);
  const fields = toFieldList(row.fields);
  if (
    !isAction(row.action) ||
    typeof row.collection !== 'string' ||
    permissions === UNREADABLE ||
    validation === UNREADABLE ||
    presets === UNREADABLE ||
    fields === UNREADABLE
  ) {
    return null;
  }
  return {
    id: row.id === null || row.id === undefined ? null : Number(row.id),
    policy: row.policy === null || row.policy === undefined ? null : String(row.policy),
    collection: row.collection,
    action: row.action,
    permissions: permissions as Filter | null,
    validation: validation as Filter | null,
    presets,
    fields,
    system: false,
  };
}
