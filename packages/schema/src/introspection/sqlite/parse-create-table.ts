const closingQuote: Readonly<Record<string, string>> = { "'": "'", '"': '"', '`': '`', '[': ']' };

/** The comma-separated definitions between the outer parentheses of a `CREATE TABLE`. */
function splitDefinitions(sql: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let current = '';
  for (const char of sql) {
    if (quote !== null) {
      if (char === quote) quote = null;
      if (depth > 0) current += char;
      continue;
    }
    if (closingQuote[char]) quote = closingQuote[char] ?? null;
    if (char === '(' && depth++ === 0) continue;
    if (char === ')' && --depth === 0) {
      parts.push(current);
      break;
    }
    if (char === ',' && depth === 1) {
      parts.push(current);
      current = '';
    } else if (depth > 0) current += char;
  }
  return parts.map((part) => part.trim());
}

/** The column name a definition starts with, unquoted, and the rest of the definition. */
function splitName(definition: string): [string, string] {
  const quoted = /^(?:"((?:[^"]|"")*)"|`((?:[^`]|``)*)`|\[([^\]]*)\])/.exec(definition);
  if (quoted) {
    const name = quoted[1]?.replaceAll('""', '"') ?? quoted[2]?.replaceAll('``', '`') ?? quoted[3] ?? '';
    return [name, definition.slice(quoted[0].length)];
  }
  const bare = /^\S+/.exec(definition)?.[0] ?? '';
  return [bare, definition.slice(bare.length)];
}

/** Blanks out string literals (same length) so keyword searches cannot match inside them. */
function maskStrings(text: string): string {
  return text.replaceAll(/'(?:[^']|'')*'/g, (literal) => ' '.repeat(literal.length));
}

/** The text inside the parentheses that open at `start`, nested ones included. */
function readParenthesised(text: string, start: number): string {
  let depth = 0;
  let quote: string | null = null;
  for (let index = start; index < text.length; index++) {
    const char = text[index] ?? '';
    if (quote !== null) {
      if (char === quote) quote = null;
    } else if (char === "'" || char === '"') quote = char;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return text.slice(start + 1, index).trim();
  }
  return text.slice(start + 1).trim();
}

/**
 * The expressions of a table's generated columns, read from its `CREATE TABLE` text (SQLite's
 * pragmas say a column is generated but not from what).
 */
export function readGeneratedExpressions(sql: string): Map<string, string> {
  const expressions = new Map<string, string>();
  for (const definition of splitDefinitions(sql)) {
    const [name, rest] = splitName(definition);
    const match = /\bas\s*\(/i.exec(maskStrings(rest));
    if (!match) continue;
    expressions.set(name, readParenthesised(rest, match.index + match[0].length - 1));
  }
  return expressions;
}

/** Whether a `CREATE TABLE` ends in `WITHOUT ROWID` (then `INTEGER PRIMARY KEY` is no rowid alias). */
export function isWithoutRowid(sql: string): boolean {
  const tail = sql.slice(sql.lastIndexOf(')') + 1);
  return /\bwithout\s+rowid\b/i.test(tail);
}
