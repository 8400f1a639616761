import type { FieldFunction, FieldReference } from './field-reference.js';
import { isFieldFunctionName } from './field-reference.js';
import { invalidQuery } from './lib/invalid-query.js';
import { parseJsonPath } from './lib/parse-json-path.js';

/** Options of {@link parseFieldReference}. */
export interface ParseFieldReferenceOptions {
  /**
   * Deepest `json(field, path)` path accepted (`MAX_JSON_QUERY_DEPTH`).
   * @default 10
   */
  maxJsonQueryDepth?: number;
  /** Whether `*` segments are allowed (they are in `fields`, not in filter keys or sort). @default true */
  allowWildcards?: boolean;
}

const FORBIDDEN_IN_NAME = /[(),\s]/;

/**
 * Parses one field reference: `author.name`, `*.*`, `year(date)`, `author.year(date)`, `count(comments)`,
 * `json(meta, a.b[0].c)`, `blocks.item:headings.title`. Throws INVALID_QUERY for anything malformed, including
 * unknown or nested functions. Whether the fields exist, and whether the function suits their type, is checked
 * later against the schema.
 */
export function parseFieldReference(text: string, options: ParseFieldReferenceOptions = {}): FieldReference {
  const open = text.indexOf('(');
  if (open === -1) return toReference(parseSegments(text, text, options.allowWildcards ?? true));

  if (!text.endsWith(')')) throw invalidQuery(`Invalid field "${text}"`);
  const inner = text.slice(open + 1, -1);
  if (inner.includes('(') || inner.includes(')'))
    throw invalidQuery(`Nested functions are not supported in "${text}"`);

  const head = text.slice(0, open).split('.');
  const name = head.pop() ?? '';
  if (!isFieldFunctionName(name)) throw invalidQuery(`Invalid function "${name}" in "${text}"`);
  const prefix = head.length > 0 ? parseSegments(head.join('.'), text, false) : [];

  const [fieldText = '', ...args] = inner.split(',').map((part) => part.trim());
  const field = parseSegments(fieldText, text, false);
  const fn: FieldFunction = { name, field: field.map((segment) => segment.name) };

  if (name === 'json') {
    if (args.length !== 1)
      throw invalidQuery(`"json" takes a field and a path, as in json(field, a.b) in "${text}"`);
    fn.args = args;
    fn.jsonPath = parseJsonPath(args[0] ?? '', options.maxJsonQueryDepth ?? 10);
  } else if (args.length > 0) {
    throw invalidQuery(`"${name}" takes exactly one field in "${text}"`);
  }

  return { ...toReference([...prefix, ...field]), fn };
}

interface Segment {
  name: string;
  scope?: string;
}

function parseSegments(pathText: string, text: string, allowWildcards: boolean): Segment[] {
  return pathText.split('.').map((part) => {
    const pieces = part.split(':');
    const [name = '', scope] = pieces;
    const valid =
      pieces.length <= 2 &&
      name !== '' &&
      !FORBIDDEN_IN_NAME.test(part) &&
      scope !== '' &&
      (name !== '*' || (allowWildcards && scope === undefined));
    if (!valid) throw invalidQuery(`Invalid field "${text}"`);
    return scope === undefined ? { name } : { name, scope };
  });
}

function toReference(segments: Segment[]): FieldReference {
  const reference: FieldReference = { path: segments.map((segment) => segment.name) };
  segments.forEach((segment, index) => {
    if (segment.scope === undefined) return;
    reference.scopes ??= {};
    reference.scopes[index] = segment.scope;
  });
  return reference;
}
