/**
 * Decoders for meta-table values as the engines return them: SQLite and MySQL hand back booleans as 1/0
 * (sometimes as strings) and JSON columns as text; PostgreSQL returns real booleans and parsed JSON.
 */

/** `true`/`false`, `1`/`0`, `'1'`/`'0'`, `'true'`/`'false'`; anything else (null included) gives `fallback`. */
export function decodeBoolean(value: unknown, fallback: boolean): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === '1' || value === 'true') return true;
  if (value === 0 || value === '0' || value === 'false') return false;
  return fallback;
}

/** JSON text parsed, values already parsed kept; empty or unparsable text gives null. */
export function decodeJson<T = unknown>(value: unknown): T | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') return value as T;
  if (value.trim() === '') return null;
  try {
    return JSON.parse(value) as T;
  } catch {
    return null;
  }
}

/** A comma-separated list as an array (an array is kept); empty gives null. */
export function decodeCsv(value: unknown): string[] | null {
  if (Array.isArray(value)) return value.length > 0 ? value.map(String) : null;
  if (typeof value !== 'string') return null;
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return items.length > 0 ? items : null;
}

/** A string, or null for anything that is not a non-empty string. */
export function decodeString(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** A finite number (numeric strings accepted, as MySQL returns some integers), or null. */
export function decodeNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return null;
}
