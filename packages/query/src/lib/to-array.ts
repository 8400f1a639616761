import { isPlainRecord } from './is-plain-record.js';

const INDEX = /^(?:0|[1-9]\d*)$/;

/**
 * Returns `value` as an array when it is one, or when it is the object `qs` makes of an array longer than its
 * `arrayLimit` (keys `"0"`, `"1"`, ...): `qs` gives up on arrays past the limit rather than truncating them, so
 * a long `_in` list or `fields[]` list arrives keyed by index. Anything else gives `undefined`.
 */
export function toArray(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (!isPlainRecord(value)) return undefined;

  const keys = Object.keys(value);
  if (keys.length === 0 || !keys.every((key) => INDEX.test(key))) return undefined;

  return keys
    .map(Number)
    .sort((a, b) => a - b)
    .map((index) => value[String(index)]);
}
