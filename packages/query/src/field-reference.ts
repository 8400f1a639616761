import type { JsonPathSegment } from './lib/parse-json-path.js';

/** The functions that may wrap a field in `fields`, `filter` keys, `sort`, `groupBy` and `alias`. */
export const fieldFunctionNames = [
  'year',
  'month',
  'week',
  'day',
  'weekday',
  'hour',
  'minute',
  'second',
  'count',
  'json',
] as const;

/** One function name, e.g. `year` or `json`. */
export type FieldFunctionName = (typeof fieldFunctionNames)[number];

/** A function call in a field reference: `year(date_created)`, `json(meta, a.b[0])`. */
export interface FieldFunction {
  name: FieldFunctionName;
  /** The field path written inside the parentheses (`['date_created']`, `['rel', 'meta']`). */
  field: string[];
  /** The arguments after the field, as written and trimmed: the path text of `json()`. */
  args?: string[];
  /** `json()` only: its path split into keys and array indexes (`a.b[0]` → `['a', 'b', 0]`). */
  jsonPath?: JsonPathSegment[];
}

/**
 * A parsed field path as used by `fields`, `sort`, `groupBy`, filter keys and `alias` values.
 *
 * `path` lists the field names walked from the current collection, without a2o scopes and with the
 * function's own field appended: `author.year(date)` and `year(author.date)` both give `['author', 'date']`.
 */
export interface FieldReference {
  /** Field names, root first; `*` for a wildcard segment. */
  path: string[];
  /**
   * Many-to-any scopes by index into `path`: `blocks.item:headings.title` gives `{ 1: 'headings' }`. A map rather
   * than one value because an a2o can sit under another a2o.
   */
  scopes?: Record<number, string>;
  /** The function applied to the last field of `path`, if any. */
  fn?: FieldFunction;
}

/** Narrows a string to a {@link FieldFunctionName}. */
export function isFieldFunctionName(value: string): value is FieldFunctionName {
  return (fieldFunctionNames as readonly string[]).includes(value);
}
