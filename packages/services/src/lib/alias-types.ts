/** Field types that have no column: they only exist as `directus_fields` rows. */
const ALIAS_TYPES = new Set(['alias', 'o2m', 'm2m', 'm2a', 'o2a', 'files', 'translations']);

/** Whether a field of this wire type gets a database column. */
export function hasColumn(type: string | null | undefined): boolean {
  return type !== null && type !== undefined && !ALIAS_TYPES.has(type);
}
