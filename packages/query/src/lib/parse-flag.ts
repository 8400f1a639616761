/**
 * Reads a boolean switch the way the wire does. `versionRaw` is on only when given as `''` (bare
 * `?versionRaw`) or `true`; `backlink` is on unless given as `false`. Returns `undefined` when absent, so the
 * query keeps its documented default.
 */
export function parseFlag(raw: unknown, defaultWhenGiven: 'off' | 'on'): boolean | undefined {
  if (raw === undefined) return undefined;
  if (defaultWhenGiven === 'off') return raw === '' || raw === true || raw === 'true';
  return !(raw === false || raw === 'false');
}
