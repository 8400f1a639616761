import type { FieldOverview, FieldType, FilterOperator } from '@plinth/types';
import type { DatePart } from '../read-node.js';

const TEXT_OPERATORS: FilterOperator[] = [
  'contains',
  'ncontains',
  'icontains',
  'starts_with',
  'nstarts_with',
  'istarts_with',
  'nistarts_with',
  'ends_with',
  'nends_with',
  'iends_with',
  'niends_with',
  'eq',
  'neq',
  'empty',
  'nempty',
  'null',
  'nnull',
  'in',
  'nin',
];
const ORDERED_OPERATORS: FilterOperator[] = [
  'eq',
  'neq',
  'lt',
  'lte',
  'gt',
  'gte',
  'between',
  'nbetween',
  'null',
  'nnull',
  'in',
  'nin',
];
const OTHER_OPERATORS: FilterOperator[] = [
  'contains',
  'ncontains',
  'eq',
  'neq',
  'lt',
  'lte',
  'gt',
  'gte',
  'between',
  'nbetween',
  'empty',
  'nempty',
  'null',
  'nnull',
  'in',
  'nin',
];
const GEOMETRY_OPERATORS: FilterOperator[] = [
  'eq',
  'neq',
  'null',
  'nnull',
  'intersects',
  'nintersects',
  'intersects_bbox',
  'nintersects_bbox',
];

const byType: Partial<Record<FieldType, FilterOperator[]>> = {
  string: TEXT_OPERATORS,
  text: TEXT_OPERATORS,
  csv: TEXT_OPERATORS,
  binary: TEXT_OPERATORS,
  uuid: ['eq', 'neq', 'null', 'nnull', 'in', 'nin'],
  integer: ORDERED_OPERATORS,
  bigInteger: ORDERED_OPERATORS,
  float: ORDERED_OPERATORS,
  decimal: ORDERED_OPERATORS,
  date: ORDERED_OPERATORS,
  dateTime: ORDERED_OPERATORS,
  time: ORDERED_OPERATORS,
  boolean: ['eq', 'neq', 'null', 'nnull'],
  json: ['null', 'nnull'],
  hash: ['empty', 'nempty', 'null', 'nnull'],
};

/** The type a field's filter rules are looked up by: concealed fields count as `hash`. */
export function toFilterType(field: FieldOverview): FieldType {
  return field.special.includes('conceal') ? 'hash' : field.type;
}

/** The filter operators Directus 11 allows on a field type (§4.2 of the protocol reference). */
export function allowedOperators(type: FieldType): readonly FilterOperator[] {
  if (type.startsWith('geometry')) return GEOMETRY_OPERATORS;
  return byType[type] ?? OTHER_OPERATORS;
}

const DATE_PARTS: DatePart[] = ['year', 'month', 'week', 'day', 'weekday'];
const TIME_PARTS: DatePart[] = ['hour', 'minute', 'second'];

/** The date parts a field type supports: all for date-times, calendar parts for dates, clock parts for times. */
export function allowedDateParts(type: FieldType): readonly DatePart[] {
  if (type === 'dateTime' || type === 'timestamp') return [...DATE_PARTS, ...TIME_PARTS];
  if (type === 'date') return DATE_PARTS;
  if (type === 'time') return TIME_PARTS;
  return [];
}

/** Whether a field type holds numbers. */
export function isNumericType(type: FieldType): boolean {
  return type === 'integer' || type === 'bigInteger' || type === 'float' || type === 'decimal';
}

/** Whether a field type holds a date, a time, or both. */
export function isTemporalType(type: FieldType): boolean {
  return type === 'date' || type === 'time' || type === 'dateTime' || type === 'timestamp';
}
