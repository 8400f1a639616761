type Row = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/**
 * One CSV row per item: nested objects (related items) become dot-path columns (`author.name`),
 * arrays (o2m, m2m, JSON lists) stay one cell holding their JSON text.
 */
export function flattenForCsv(item: unknown, prefix = '', into: Row = {}): Row {
  if (!isPlainObject(item)) {
    into[prefix || 'value'] = item;
    return into;
  }
  for (const [key, value] of Object.entries(item)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(value)) flattenForCsv(value, path, into);
    else into[path] = Array.isArray(value) ? JSON.stringify(value) : value;
  }
  return into;
}
