/**
 * The `special` flags a field type needs to read back as itself. The engines store these types in
 * other column types (a uuid in char(36), json and csv in text), so the flag is what remembers them.
 */
export function specialForType(type: string | null | undefined): string[] | null {
  if (type === 'json' || type === 'csv' || type === 'boolean') return [`cast-${type}`];
  if (type === 'uuid' || type === 'hash') return [type];
  if (type?.startsWith('geometry.')) return [type];
  return null;
}
