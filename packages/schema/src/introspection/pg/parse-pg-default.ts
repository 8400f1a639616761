import type { CatalogDefault } from '../lib/catalog.js';

/** `'it''s'::character varying`, `'{}'::jsonb`, `'-1'::integer`: a quoted literal and its casts. */
const quotedLiteral = /^'((?:[^']|'')*)'(?:::[\w ."[\]()]+)*$/s;
/** `42`, `9.99`, `(-1)`, `'1e3'` unquoted, optionally cast. */
const numberLiteral = /^\(?(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\)?(?:::[\w ."[\]()]+)*$/i;
const nullLiteral = /^null(?:::[\w ."[\]()]+)*$/i;

/** Whether a PostgreSQL default is a sequence (`serial`), which reads as auto-increment. */
export function isPgSequenceDefault(text: string | null): boolean {
  return text !== null && /^nextval\(/i.test(text.trim());
}

/**
 * Splits a PostgreSQL default (`pg_get_expr` text) into a literal or an expression. Casts the
 * catalog adds to literals are dropped: `'draft'::character varying` is the literal `draft`.
 */
export function parsePgDefault(text: string | null): CatalogDefault {
  if (text === null) return null;
  const value = text.trim();
  if (nullLiteral.test(value)) return null;
  const quoted = quotedLiteral.exec(value);
  if (quoted) return { literal: (quoted[1] ?? '').replaceAll("''", "'") };
  const number = numberLiteral.exec(value);
  if (number) return { literal: number[1] ?? value };
  if (/^(true|false)$/i.test(value)) return { literal: value.toLowerCase() };
  return { expression: value };
}
