import type { CatalogDefault } from '../lib/catalog.js';
import { stripParentheses } from '../lib/strip-parentheses.js';

const quotedLiteral = /^'((?:[^']|'')*)'$/s;
const numberLiteral = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** Splits a SQLite default (`dflt_value`, the text of the DDL) into a literal or an expression. */
export function parseSqliteDefault(text: string | null): CatalogDefault {
  if (text === null) return null;
  const value = stripParentheses(text);
  if (/^null$/i.test(value)) return null;
  const quoted = quotedLiteral.exec(value);
  if (quoted) return { literal: (quoted[1] ?? '').replaceAll("''", "'") };
  if (numberLiteral.test(value)) return { literal: value };
  if (/^(true|false)$/i.test(value)) return { literal: value.toLowerCase() };
  return { expression: value };
}
