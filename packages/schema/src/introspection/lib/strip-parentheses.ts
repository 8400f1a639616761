function isWrappedByOnePair(value: string): boolean {
  let depth = 0;
  for (let index = 0; index < value.length; index++) {
    const char = value[index];
    if (char === '(') depth++;
    if (char === ')') depth--;
    // Back to depth 0 before the end: `(a) + (b)` is not one wrapping pair.
    if (depth === 0 && index < value.length - 1) return false;
  }
  return depth === 0;
}

/**
 * Removes parentheses around a whole default: SQLite keeps `(expr)` as declared and MS SQL
 * stores `((0))` and `('draft')`. Quotes are not inspected; a literal holding a lone parenthesis
 * only ends up less unwrapped, never altered.
 */
export function stripParentheses(text: string): string {
  let value = text.trim();
  while (value.startsWith('(') && value.endsWith(')') && isWrappedByOnePair(value)) {
    value = value.slice(1, -1).trim();
  }
  return value;
}
