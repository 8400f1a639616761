import { invalidQuery } from './invalid-query.js';

/** One step of a `json(field, path)` path: an object key or an array index. */
export type JsonPathSegment = string | number;

const KEY_CHAR = /[^.[\]*\s'"()]/;

/**
 * Parses the path argument of `json(field, path)`: keys joined by dots with `[n]` array indexes
 * (`a.b[0].c`, `[2].name`); an optional leading `$` is allowed. Wildcards and paths deeper than `maxDepth`
 * segments are refused, because every engine compiles them differently or not at all.
 */
export function parseJsonPath(text: string, maxDepth: number): JsonPathSegment[] {
  const fail = (why: string) => invalidQuery(`Invalid json path "${text}": ${why}`);
  if (text.includes('*')) throw fail('wildcards are not supported');

  let rest = text.startsWith('$') ? text.slice(1) : text;
  if (rest.startsWith('.')) rest = rest.slice(1);
  const segments: JsonPathSegment[] = [];
  let index = 0;
  let expectKey = true;

  while (index < rest.length) {
    const char = rest[index];
    if (char === '[') {
      const close = rest.indexOf(']', index);
      const digits = close === -1 ? '' : rest.slice(index + 1, close);
      if (!/^\d+$/.test(digits)) throw fail('array indexes must be whole numbers in brackets');
      segments.push(Number(digits));
      index = close + 1;
      expectKey = false;
    } else if (char === '.' && !expectKey) {
      index++;
      expectKey = true;
    } else {
      let end = index;
      while (end < rest.length && KEY_CHAR.test(rest[end] ?? '')) end++;
      if (end === index || !expectKey) throw fail(`unexpected "${char}"`);
      segments.push(rest.slice(index, end));
      index = end;
      expectKey = false;
    }
  }

  if (segments.length === 0 || expectKey) throw fail('the path is empty or ends with "."');
  if (segments.length > maxDepth) throw fail(`deeper than ${maxDepth} levels`);
  return segments;
}
