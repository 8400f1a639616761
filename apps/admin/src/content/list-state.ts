import type { FieldInfo } from '../lib/schema-types.js';

/** Sort of the list view: a field and its direction. */
export interface ListSort {
  field: string;
  descending: boolean;
}

/** The `sort` parameter for a list sort. */
export function toSortParam(sort: ListSort | null): string[] {
  return sort ? [`${sort.descending ? '-' : ''}${sort.field}`] : [];
}

/** The next sort after clicking the header of `field`: ascending, then descending, then none. */
export function nextSort(current: ListSort | null, field: string): ListSort | null {
  if (current?.field !== field) return { field, descending: false };
  return current.descending ? null : { field, descending: true };
}

/** Fields that can be columns: those with a column in the table. */
export function toColumnCandidates(fields: readonly FieldInfo[]): FieldInfo[] {
  return fields.filter((field) => field.schema !== null && field.type !== 'alias');
}

/** Columns shown before the person picks: the first four visible fields with data (else the first field). */
export function defaultColumns(fields: readonly FieldInfo[]): string[] {
  const candidates = toColumnCandidates(fields);
  const visible = candidates.filter((field) => !field.meta?.hidden).slice(0, 4);
  return (visible.length > 0 ? visible : candidates.slice(0, 1)).map((field) => field.field);
}

const STORAGE_PREFIX = 'plinth.admin.columns.';

/** The columns picked for `collection` earlier in this browser, if they all still exist. */
export function loadColumns(collection: string, fields: readonly FieldInfo[]): string[] {
  const names = new Set(toColumnCandidates(fields).map((field) => field.field));
  try {
    const saved = JSON.parse(window.localStorage.getItem(STORAGE_PREFIX + collection) ?? 'null') as unknown;
    if (Array.isArray(saved) && saved.length > 0 && saved.every((name) => names.has(name))) return saved;
  } catch {
    // A damaged entry falls back to the defaults.
  }
  return defaultColumns(fields);
}

/** Remembers the columns picked for `collection`. */
export function saveColumns(collection: string, columns: readonly string[]): void {
  window.localStorage.setItem(STORAGE_PREFIX + collection, JSON.stringify(columns));
}

/** Formats a cell value for the list. */
export function toCellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}
