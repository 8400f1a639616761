import type { CatalogDefault } from '../lib/catalog.js';

const quotedLiteral = /^'((?:[^'\\]|''|\\.)*)'$/s;
const numberLiteral = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const bitLiteral = /^b'([01]+)'$/i;

function unescapeLiteral(text: string): string {
  return text.replaceAll("''", "'").replaceAll(/\\(.)/gs, (_match, char: string) => char);
}

/**
 * Splits a MySQL/MariaDB `COLUMN_DEFAULT` into a literal or an expression. The two engines write
 * it differently: MariaDB quotes string literals and spells a NULL default `NULL`, so anything
 * unquoted and not a number is an expression; MySQL 8 leaves literals bare and marks expressions
 * with `DEFAULT_GENERATED` in `EXTRA`.
 */
export function parseMysqlDefault(text: string | null, extra: string, isMariaDb: boolean): CatalogDefault {
  if (text === null) return null;
  const bits = bitLiteral.exec(text);
  if (bits) return { literal: String(Number.parseInt(bits[1] ?? '0', 2)) };
  if (!isMariaDb) {
    const isExpression = /default_generated/i.test(extra) || /^current_timestamp(\(\d*\))?$/i.test(text);
    return isExpression ? { expression: text } : { literal: text };
  }
  if (text === 'NULL') return null;
  const quoted = quotedLiteral.exec(text);
  if (quoted) return { literal: unescapeLiteral(quoted[1] ?? '') };
  if (numberLiteral.test(text)) return { literal: text };
  return { expression: text };
}
