import { InvalidPayloadError, ValueTooLongError } from '@plinth/errors';
import type { FieldOverview } from '@plinth/types';

const DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/i;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;
const NUMERIC = /^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const TRUE = new Set<unknown>([true, 1, '1', 'true']);
const FALSE = new Set<unknown>([false, 0, '0', 'false']);

function invalid(reason: string): InvalidPayloadError {
  return new InvalidPayloadError({ reason });
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `YYYY-MM-DD HH:MM:SS.sss` of a Date in UTC: the wall time stored in zone-less columns. */
function toWallTime(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}

function toDateValue(field: FieldOverview, value: unknown): unknown {
  const fail = () => invalid(`Invalid Date format in field "${field.field}"`);
  if (field.type === 'time') {
    const match = typeof value === 'string' ? TIME.exec(value) : null;
    if (!match) throw fail();
    return `${match[1]}:${match[2]}:${match[3] ?? '00'}`;
  }
  let date: Date;
  if (value instanceof Date) date = value;
  else if (typeof value === 'string' && DATE.test(value)) {
    const [, day, time, zone] = DATE.exec(value)!;
    if (field.type === 'date') return day;
    // Zone-less values are wall time as written; a zone converts them to UTC first.
    if (!zone && field.type === 'dateTime') return `${day} ${time ?? '00:00:00'}`;
    date = new Date(zone ? value : `${day}T${time ?? '00:00:00'}Z`);
  } else throw fail();
  if (Number.isNaN(date.getTime())) throw fail();
  if (field.type === 'date')
    return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  return field.type === 'timestamp' ? date : toWallTime(date);
}

function toNumberValue(field: FieldOverview, value: unknown): unknown {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : null;
  if (text === null || !NUMERIC.test(text) || (typeof value === 'number' && !Number.isFinite(value))) {
    throw invalid(`Invalid numeric value in field "${field.field}"`);
  }
  // Big integers and decimals travel as text so no digit is lost on the way to the database.
  if (field.type === 'bigInteger' || field.type === 'decimal')
    return typeof value === 'number' ? value : text;
  if (field.type === 'integer' && !Number.isInteger(Number(text))) {
    throw invalid(`Invalid integer value in field "${field.field}"`);
  }
  return Number(text);
}

function toStringValue(field: FieldOverview, value: unknown, collection: string): string {
  if (typeof value === 'object' || value === undefined) {
    throw invalid(`Value of field "${field.field}" has to be a string`);
  }
  const text = String(value);
  if (field.maxLength !== null && [...text].length > field.maxLength) {
    throw new ValueTooLongError({ collection, field: field.field, value: text });
  }
  return text;
}

/**
 * A payload value in the form the column takes on every engine: numbers checked, booleans from their
 * wire spellings, JSON as text, CSV joined, dates parsed from ISO 8601 (timestamps as Dates in UTC,
 * zone-less date-times as wall time). Null stays null; presence and nullability are checked elsewhere.
 *
 * @throws INVALID_PAYLOAD for a value the type cannot take ("Invalid Date format in field ..."),
 * VALUE_TOO_LONG for text longer than the column.
 */
export function writeCoerceValue(field: FieldOverview, value: unknown, collection: string): unknown {
  if (value === null || value === undefined) return null;
  switch (field.type) {
    case 'boolean':
      if (TRUE.has(value)) return true;
      if (FALSE.has(value)) return false;
      throw invalid(`Invalid boolean value in field "${field.field}"`);
    case 'integer':
    case 'bigInteger':
    case 'float':
    case 'decimal':
      return toNumberValue(field, value);
    case 'json':
      return JSON.stringify(value);
    case 'csv':
      return Array.isArray(value) ? value.map(String).join(',') : toStringValue(field, value, collection);
    case 'date':
    case 'dateTime':
    case 'timestamp':
    case 'time':
      return toDateValue(field, value);
    case 'string':
    case 'text':
    case 'uuid':
    case 'hash':
      return toStringValue(field, value, collection);
    default:
      return value;
  }
}
