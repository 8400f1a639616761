import type { CatalogDefault } from '../lib/catalog.js';
import { stripParentheses } from '../lib/strip-parentheses.js';

const quotedLiteral = /^N?'((?:[^']|'')*)'$/s;
const numberLiteral = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Splits an MS SQL default constraint definition (`((0))`, `(N'draft')`, `(getdate())`) into a
 * literal or an expression.
 */
export function parseMssqlDefault(text: string | null): CatalogDefault {
  if (text === null) return null;
  const value = stripParentheses(text);
  if (/^null$/i.test(value)) return null;
  const quoted = quotedLiteral.exec(value);
  if (quoted) return { literal: (quoted[1] ?? '').replaceAll("''", "'") };
  if (numberLiteral.test(value)) return { literal: value };
  return { expression: value };
}
