import type { FieldOverview, FieldType } from '@plinth/types';
import { type GraphQLFieldConfig, GraphQLInt, GraphQLObjectType } from 'graphql';
import type { FieldPlan } from './field-plan.js';

const DATE_PARTS = ['year', 'month', 'week', 'day', 'weekday'] as const;
const TIME_PARTS = ['hour', 'minute', 'second'] as const;

const partsType = (name: string, parts: readonly string[]) =>
  new GraphQLObjectType({
    name,
    fields: Object.fromEntries(parts.map((part) => [part, { type: GraphQLInt }])),
  });

const dateFunctions = partsType('date_functions', DATE_PARTS);
const timeFunctions = partsType('time_functions', TIME_PARTS);
const datetimeFunctions = partsType('datetime_functions', [...DATE_PARTS, ...TIME_PARTS]);
const countFunctions = partsType('count_functions', ['count']);

const TYPES: Partial<Record<FieldType, GraphQLObjectType>> = {
  date: dateFunctions,
  time: timeFunctions,
  dateTime: datetimeFunctions,
  timestamp: datetimeFunctions,
  json: countFunctions,
  alias: countFunctions,
};

/**
 * The `<field>_func { year month ... }` field of a field whose type has functions, or null. A
 * function's value arrives under its output key (`date_created_year`, `comments_count`).
 */
export function functionField(
  field: FieldOverview,
): GraphQLFieldConfig<Record<string, unknown>, unknown> | null {
  const type = TYPES[field.type];
  if (!type) return null;
  const plan: FieldPlan = { kind: 'func', field: field.field };
  return {
    type,
    extensions: { plinth: plan },
    resolve: (item) =>
      Object.fromEntries(Object.keys(type.getFields()).map((part) => [part, item[`${field.field}_${part}`]])),
  };
}
