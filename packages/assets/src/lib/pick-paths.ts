import { isPlainObject } from './is-plain-object.js';

/**
 * Keeps the listed dotted paths of `source` (`ifd0.Make` keeps `{ ifd0: { Make } }`, `icc` keeps the whole
 * section); `'*'` keeps everything.
 */
export function pickPaths(
  source: Record<string, unknown>,
  paths: readonly string[] | '*',
): Record<string, unknown> {
  if (paths === '*' || paths.includes('*')) return source;
  const result: Record<string, unknown> = {};
  for (const path of paths) {
    const [section, ...rest] = path.split('.') as [string, ...string[]];
    const value = source[section];
    if (value === undefined) continue;
    if (rest.length === 0) {
      result[section] = value;
      continue;
    }
    if (!isPlainObject(value)) continue;
    const picked = pickPaths(value, [rest.join('.')]);
    if (Object.keys(picked).length === 0) continue;
    const existing = result[section];
    result[section] = isPlainObject(existing) ? { ...existing, ...picked } : picked;
  }
  return result;
}
