import type { PermissionRow } from './access-types.js';

/** How far a policy grants an action on a collection, as the matrix shows it. */
export type PermissionLevel = 'none' | 'all' | 'custom';

/** The parts of a rule the editor writes. */
export type PermissionRule = Pick<PermissionRow, 'permissions' | 'validation' | 'presets' | 'fields'>;

/** The rule the matrix writes for "all": every row, every field, no validation or presets. */
export const FULL_ACCESS: PermissionRule = { permissions: {}, validation: {}, presets: {}, fields: ['*'] };

const isEmpty = (value: Record<string, unknown> | null) => value === null || Object.keys(value).length === 0;

/** The level of an action: no rule is `none`; a rule with no filter, no checks, no presets and all fields is `all`. */
export function toPermissionLevel(rule: PermissionRule | undefined): PermissionLevel {
  if (!rule) return 'none';
  const allFields = rule.fields?.includes('*') === true;
  return allFields && isEmpty(rule.permissions) && isEmpty(rule.validation) && isEmpty(rule.presets)
    ? 'all'
    : 'custom';
}

/** Parses a JSON object typed into the editor; empty text is `null`. Throws on anything but an object. */
export function parseJsonObject(text: string, label: string): Record<string, unknown> | null {
  if (text.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${label} is not valid JSON.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${label} has to be a JSON object.`);
  }
  return value as Record<string, unknown>;
}

/** An object as the editor's JSON text (empty for nothing). */
export function toJsonText(value: Record<string, unknown> | null): string {
  return value === null || Object.keys(value).length === 0 ? '' : JSON.stringify(value, null, 2);
}
