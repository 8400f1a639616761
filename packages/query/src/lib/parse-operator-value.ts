import type { FilterGeometry, FilterOperatorKey, FilterScalar } from '@plinth/types';
import { parseDynamicVariable } from '../parse-dynamic-variable.js';
import { invalidQuery } from './invalid-query.js';
import { isPlainRecord } from './is-plain-record.js';
import { toArray } from './to-array.js';

const LIST_OPERATORS = new Set(['_in', '_nin', '_between', '_nbetween']);
const BOOLEAN_OPERATORS = new Set(['_null', '_nnull', '_empty', '_nempty', '_submitted']);
const GEOMETRY_OPERATORS = new Set(['_intersects', '_nintersects', '_intersects_bbox', '_nintersects_bbox']);

/** The value an operator holds after coercion and structural checks. */
export type OperatorValue = FilterScalar | FilterScalar[] | FilterGeometry;

/**
 * Checks and coerces the value of one field operator. The wire spellings `"true"`, `"false"`, `"null"` and
 * `"NULL"` become booleans and null; list operators take arrays or comma-separated text; the `_null` family
 * reads `''` and `null` as `true`, because `filter[a][_null]` with no value means "is null" on the wire.
 */
export function parseOperatorValue(key: FilterOperatorKey, value: unknown): OperatorValue {
  if (LIST_OPERATORS.has(key)) {
    const items = typeof value === 'string' ? (value === '' ? [] : value.split(',')) : toArray(value);
    if (items === undefined || items.length === 0)
      throw invalidQuery(`"${key}" has to be a non-empty array of values`);
    return items.map((item) => toScalar(key, coerce(item), true));
  }

  if (BOOLEAN_OPERATORS.has(key)) {
    const coerced = coerce(value);
    if (coerced === '' || coerced === null) return true;
    if (typeof coerced !== 'boolean') throw invalidQuery(`"${key}" has to be a boolean`);
    return coerced;
  }

  if (GEOMETRY_OPERATORS.has(key)) return toGeometry(key, value);

  return toScalar(key, coerce(value), false);
}

function coerce(value: unknown): unknown {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (value === 'null' || value === 'NULL') return null;
  return value;
}

function toScalar(key: string, value: unknown, allowEmpty: boolean): FilterScalar {
  if (value === null || typeof value === 'boolean') return value;

  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) {
      throw invalidQuery(`The filter value for "${key}" is not a valid number`);
    }
    return value;
  }

  if (typeof value === 'string') {
    if (value === '' && !allowEmpty) {
      throw invalidQuery(
        `You can't filter for an empty string in "${key}". Use "_empty" or "_nempty" instead`,
      );
    }
    // Only to refuse malformed `$NOW(...)`; variables are resolved later, with the request's accountability.
    parseDynamicVariable(value);
    return value;
  }

  throw invalidQuery(`The filter value for "${key}" has to be a string, number, boolean or null`);
}

function toGeometry(key: string, value: unknown): FilterGeometry {
  let geometry = value;
  if (typeof value === 'string') {
    try {
      geometry = JSON.parse(value);
    } catch {
      geometry = undefined;
    }
  }
  if (!isPlainRecord(geometry) || typeof geometry['type'] !== 'string') {
    throw invalidQuery(`"${key}" has to be a GeoJSON object`);
  }
  return geometry;
}
