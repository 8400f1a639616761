/** The longest prefix that still leaves room for `_<12 hex>` under MySQL's 64-character limit. */
const maxLength = 40;

/**
 * Throws unless `prefix` is a lower-case identifier short enough for a database name on every
 * engine: names are quoted, but a name that needs quoting is a name nobody can clean up by hand.
 */
export function assertPrefix(prefix: string): void {
  if (!/^[a-z][a-z0-9_]*$/.test(prefix) || prefix.length > maxLength)
    throw new TypeError(
      `Test database prefix "${prefix}" must be lower-case letters, digits and underscores, starting with a letter, at most ${maxLength} characters.`,
    );
}
