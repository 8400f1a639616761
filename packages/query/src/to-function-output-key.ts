import type { FieldReference } from './field-reference.js';
import { parseFieldReference } from './parse-field-reference.js';

/**
 * The key a field reference's value is returned under, at the level of its last field: `year(date_created)` →
 * `date_created_year`, `author.year(date)` → `date_year` (inside `author`), `count(comments)` →
 * `comments_count`, `json(meta, a.b[0])` → `meta_a_b_0_json`. Runs of other characters in the arguments
 * (`.`, `[`, `]`, `,`, spaces) become one `_`. Without a function it is the last field name.
 */
export function toFunctionOutputKey(reference: FieldReference | string): string {
  const parsed = typeof reference === 'string' ? parseFieldReference(reference) : reference;
  const { fn } = parsed;
  if (fn === undefined) return parsed.path[parsed.path.length - 1] ?? '';

  const argumentText = [fn.field.join('.'), ...(fn.args ?? [])].join(', ');
  const stem = argumentText.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '');
  return `${stem}_${fn.name}`;
}
