import type { FieldType } from '@plinth/types';
import { parseDynamicVariable } from '../../parse-dynamic-variable.js';
import { resolveNow } from '../../resolve-now.js';
import type { FilterValue } from '../read-node.js';
import { invalidQuery } from './forbidden.js';
import { isNumericType, isTemporalType } from './operator-rules.js';

type Scalar = string | number | boolean | null;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function toUtcText(date: Date): string {
  return date.toISOString().slice(0, 23).replace('T', ' ');
}

function castTemporal(value: string | Date, type: FieldType): string {
  if (value instanceof Date) {
    const text = toUtcText(value);
    return type === 'date' ? text.slice(0, 10) : type === 'time' ? text.slice(11, 19) : text;
  }
  if (type === 'time') {
    const match = TIME.exec(value);
    if (!match || Number(match[1]) > 23 || Number(match[2]) > 59 || Number(match[3] ?? 0) > 59)
      throw invalidQuery(`Invalid time value "${value}"`);
    return `${match[1]}:${match[2]}:${match[3] ?? '00'}`;
  }
  const match = DATE_TIME.exec(value);
  if (!match) throw invalidQuery(`Invalid date value "${value}"`);
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '0', zone] = match;
  const ms = Math.floor(Number(`0.${fraction}`) * 1000);
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  const date = new Date(utc);
  if (Number.isNaN(utc) || date.getUTCDate() !== Number(d) || date.getUTCHours() !== Number(h))
    throw invalidQuery(`Invalid date value "${value}"`);
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    date.setTime(utc - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000);
  }
  if (type === 'date') return toUtcText(date).slice(0, 10);
  return `${toUtcText(date).slice(0, 19)}.${pad(date.getUTCMilliseconds(), 3)}`;
}

function castNumber(value: Scalar, type: FieldType): number | string {
  const text = typeof value === 'string' ? value.trim() : value;
  if (type === 'bigInteger' && typeof text === 'string' && /^-?\d+$/.test(text)) return text;
  const number =
    typeof text === 'number' ? text : typeof text === 'string' && text !== '' ? Number(text) : NaN;
  if (!Number.isFinite(number)) throw invalidQuery('Invalid numeric value');
  return number;
}

function castBoolean(value: Scalar): boolean {
  if (value === true || value === 1 || value === '1') return true;
  if (value === false || value === 0 || value === '0') return false;
  throw invalidQuery(`Invalid boolean value "${String(value)}"`);
}

/**
 * Casts one filter value to what a field of `type` holds, so the database never sees a value its column
 * cannot compare with: numbers for numeric types, booleans, canonical UTC date text (`$NOW` resolved),
 * valid UUIDs, and text for everything else. `null` passes through.
 *
 * @throws INVALID_QUERY for a value the type cannot hold.
 */
export function castScalar(value: Scalar, type: FieldType, now: Date): Scalar {
  if (value === null) return null;
  if (isNumericType(type)) return castNumber(value, type);
  if (type === 'boolean') return castBoolean(value);
  if (isTemporalType(type)) {
    const text = String(value);
    const variable = parseDynamicVariable(text);
    return castTemporal(variable?.kind === 'now' ? resolveNow(text, now) : text, type);
  }
  if (type === 'uuid') {
    if (typeof value !== 'string' || !UUID.test(value))
      throw invalidQuery(`Invalid UUID value "${String(value)}"`);
    return value.toLowerCase();
  }
  return typeof value === 'boolean' ? String(value) : String(value);
}

/** Casts a filter value, list or scalar, for a field of `type`. */
export function castFilterValue(value: unknown, type: FieldType, now: Date): FilterValue {
  if (Array.isArray(value)) return value.map((item) => castScalar(item as Scalar, type, now));
  if (value !== null && typeof value === 'object') throw invalidQuery('Invalid filter value');
  return castScalar(value as Scalar, type, now);
}
