/** Value prefixes that force how a value is read, as in Directus (`number:42`, `json:{...}`). */
export const typePrefixes = ['string', 'number', 'boolean', 'array', 'json', 'regex'] as const;

/** One of `typePrefixes`. */
export type TypePrefix = (typeof typePrefixes)[number];

/** Separates a leading `string:`/`number:`/... prefix from the value. */
export function splitTypePrefix(raw: string): { prefix: TypePrefix | undefined; body: string } {
  const colon = raw.indexOf(':');
  if (colon > 0) {
    const candidate = raw.slice(0, colon);
    const prefix = typePrefixes.find((known) => known === candidate);
    if (prefix !== undefined) return { prefix, body: raw.slice(colon + 1) };
  }
  return { prefix: undefined, body: raw };
}
